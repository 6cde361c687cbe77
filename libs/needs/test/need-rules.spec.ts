import { Adjustment, Measure, NeedKind, NeedStage, TaskKind } from '../src/need.enums';
import { canMoveStage, needRuleProblems, supportReasons } from '../src/need-rules';

describe('need rules', () => {
  const base = { municipalityCode: '398', remote: false, hoursMin: 20, hoursMax: 37, tasks: [] };

  it('refuses hours min above max, a place-less on-site need and a carved role without a core task', () => {
    expect(needRuleProblems(base)).toEqual([]);
    expect(needRuleProblems({ ...base, hoursMin: 38, hoursMax: 20 })).toEqual([{ path: 'input.hoursMax', message: 'must not be below hoursMin' }]);
    expect(needRuleProblems({ ...base, municipalityCode: null })[0].path).toBe('input.municipalityCode');
    expect(needRuleProblems({ ...base, municipalityCode: null, remote: true })).toEqual([]);
    expect(needRuleProblems({ ...base, tasks: [{ kind: TaskKind.SEPARABLE }] })).toEqual([
      { path: 'input.tasks', message: 'a carved role needs at least one CORE task' },
    ]);
    expect(needRuleProblems({ ...base, tasks: [{ kind: TaskKind.SEPARABLE }, { kind: TaskKind.CORE }] })).toEqual([]);
  });

  it('moves forward along 6T, may skip steps, closes from any open stage, never goes back', () => {
    expect(canMoveStage(NeedStage.IDENTIFIED, NeedStage.SPECIFIED)).toBe(true);
    expect(canMoveStage(NeedStage.IDENTIFIED, NeedStage.DESCRIBED)).toBe(true);
    expect(canMoveStage(NeedStage.OFFERED, NeedStage.SPECIFIED)).toBe(false);
    expect(canMoveStage(NeedStage.PACKAGED, NeedStage.CLOSED)).toBe(true);
    expect(canMoveStage(NeedStage.FILLED, NeedStage.CLOSED)).toBe(false);
    expect(canMoveStage(NeedStage.CLOSED, NeedStage.OFFERED)).toBe(false);
  });

  it('links measures, adjustments and skills to service categories with a reason', () => {
    const reasons = supportReasons({
      kinds: [NeedKind.RECRUITMENT],
      measuresOpenTo: [Measure.PAY_SUBSIDY, Measure.WORK_TRIAL],
      adjustmentsOffered: [Adjustment.WORKING_TIME],
      requiredSkillLabels: ['käyttää trukkia'],
      openToPrecisionCapable: true,
      anonymousRecruitment: false,
    });
    expect(reasons.map((r) => r.categoryCode)).toEqual([
      'PAY_SUBSIDY',
      'WORK_TRIAL',
      'ACCOMMODATION_ADVICE',
      'WORK_ABILITY_SUPPORT',
      'LABOUR_MARKET_TRAINING',
      'RECRUITMENT_TRAINING',
    ]);
    expect(reasons[0].reason).toMatch(/palkkatu/);
    expect(reasons.find((r) => r.categoryCode === 'LABOUR_MARKET_TRAINING')?.reason).toContain('käyttää trukkia');
  });

  it('suggests nothing for a need with no measures, adjustments or skills', () => {
    expect(
      supportReasons({ kinds: [NeedKind.RECRUITMENT], measuresOpenTo: [], adjustmentsOffered: [], requiredSkillLabels: [], openToPrecisionCapable: false, anonymousRecruitment: false }),
    ).toEqual([]);
  });
});
