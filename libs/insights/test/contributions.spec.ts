import { contributionDelta, needContributions, NeedActivity } from '../src/contributions';
import { FunnelStep, InsightMetric } from '../src/insight-metric';

const at = (iso: string) => new Date(iso);
const HELSINKI = 'area-helsinki';
const SILTA = 'org-silta';

function filledNeed(): NeedActivity {
  return {
    need: {
      id: 'need-1',
      kinds: ['RECRUITMENT'],
      stage: 'FILLED',
      createdAt: at('2026-01-10T08:00:00Z'),
      openToPrecisionCapable: true,
      stages: [
        { stage: 'IDENTIFIED', at: at('2026-01-10T08:00:00Z') },
        { stage: 'OFFERED', at: at('2026-01-20T08:00:00Z') },
        { stage: 'FILLED', at: at('2026-02-03T08:00:00Z') },
      ],
    },
    areaId: HELSINKI,
    municipalityCode: '091',
    candidates: [
      {
        listedAt: at('2026-01-11T08:00:00Z'),
        shareRequestedAt: at('2026-01-12T08:00:00Z'),
        shareAcceptedAt: at('2026-01-13T08:00:00Z'),
        presentedAt: at('2026-01-20T08:00:00Z'),
        hiredAt: at('2026-02-03T08:00:00Z'),
        closedAt: null,
        closureOutcome: null,
        hiredIntoCarvedRole: true,
      },
      { listedAt: at('2026-01-11T08:00:00Z'), shareRequestedAt: null, shareAcceptedAt: null, presentedAt: null, hiredAt: null, closedAt: at('2026-02-03T08:00:00Z'), closureOutcome: 'NEED_FILLED' },
    ],
    providerActions: [
      { providerId: SILTA, sector: 'THIRD_SECTOR', kind: 'PROPOSAL', at: at('2026-01-15T08:00:00Z'), accepted: true },
      { providerId: 'org-rekry', sector: 'PRIVATE', kind: 'PROPOSAL', at: at('2026-01-16T08:00:00Z'), accepted: false },
    ],
  };
}

const value = (cells: ReturnType<typeof needContributions>, metric: InsightMetric, dimension = '', month?: string) =>
  cells.filter((c) => c.metric === metric && c.dimension === dimension && (!month || c.month === month)).reduce((sum, c) => sum + c.count, 0);

describe('what a need adds to the indicators', () => {
  it('counts the need, its stages, its funnel and times in the months they happened', () => {
    const cells = needContributions(filledNeed());
    expect(value(cells, InsightMetric.NEEDS_OPENED, '', '2026-01-01')).toBe(1);
    expect(value(cells, InsightMetric.NEEDS_OPENED_BY_KIND, 'RECRUITMENT')).toBe(1);
    expect(value(cells, InsightMetric.NEEDS_REACHED_STAGE, 'OFFERED', '2026-01-01')).toBe(1);
    expect(value(cells, InsightMetric.NEEDS_FILLED, '', '2026-02-01')).toBe(1);
    expect(value(cells, InsightMetric.PRECISION_NEEDS_FILLED, '', '2026-02-01')).toBe(1);
    expect(value(cells, InsightMetric.NEEDS_CLOSED_UNFILLED)).toBe(0);
    expect(value(cells, InsightMetric.CANDIDATE_FUNNEL, FunnelStep.SUGGESTED)).toBe(2);
    expect(value(cells, InsightMetric.CANDIDATE_FUNNEL, FunnelStep.HIRED, '2026-02-01')).toBe(1);
    expect(value(cells, InsightMetric.CANDIDACIES_CLOSED, 'NEED_FILLED')).toBe(1);
    const suggestion = cells.find((c) => c.metric === InsightMetric.TIME_TO_FIRST_SUGGESTION);
    expect(suggestion).toMatchObject({ count: 1, totalHours: 24, month: '2026-01-01', areaId: HELSINKI, municipalityCode: '091' });
    expect(cells.find((c) => c.metric === InsightMetric.TIME_TO_HIRE)?.totalHours).toBe(24 * 24);
  });

  it('counts a precision need as filled that way only when the hire relied on the carved role', () => {
    const plain = filledNeed();
    plain.candidates = plain.candidates.map((c) => ({ ...c, hiredIntoCarvedRole: c.hiredAt ? false : null }));
    const cells = needContributions(plain);
    expect(value(cells, InsightMetric.NEEDS_FILLED, '', '2026-02-01')).toBe(1);
    expect(value(cells, InsightMetric.PRECISION_NEEDS_FILLED)).toBe(0);
    const notOpen = filledNeed();
    notOpen.need.openToPrecisionCapable = false;
    expect(value(needContributions(notOpen), InsightMetric.PRECISION_NEEDS_FILLED)).toBe(0);
  });

  it('counts progress outcomes per month recorded, and only the new one when another is recorded', () => {
    const trial = filledNeed();
    trial.candidates = [{ ...trial.candidates[1], presentedAt: at('2026-01-20T08:00:00Z'), progress: [{ progress: 'WORK_TRIAL', at: at('2026-02-10T08:00:00Z') }] }];
    const before = needContributions(trial);
    expect(value(before, InsightMetric.CANDIDACY_PROGRESS, 'WORK_TRIAL', '2026-02-01')).toBe(1);
    const subsidised = filledNeed();
    subsidised.candidates = [
      { ...trial.candidates[0], progress: [...(trial.candidates[0].progress ?? []), { progress: 'PAY_SUBSIDISED_JOB', at: at('2026-03-02T08:00:00Z') }] },
    ];
    const delta = contributionDelta(before, needContributions(subsidised));
    expect(delta).toEqual([expect.objectContaining({ metric: InsightMetric.CANDIDACY_PROGRESS, dimension: 'PAY_SUBSIDISED_JOB', month: '2026-03-01', count: 1 })]);
  });

  it('credits the provider whose accepted proposal led to the hire, not the one declined', () => {
    const cells = needContributions(filledNeed());
    expect(value(cells, InsightMetric.PROVIDER_PROPOSALS_LED_TO_HIRE, SILTA, '2026-02-01')).toBe(1);
    expect(value(cells, InsightMetric.PROPOSALS_LED_TO_HIRE, 'THIRD_SECTOR')).toBe(1);
    expect(value(cells, InsightMetric.PROPOSALS_LED_TO_HIRE, 'PRIVATE')).toBe(0);
    expect(value(cells, InsightMetric.PROPOSALS_MADE, 'PRIVATE')).toBe(1);
  });

  it('changes nothing when the same state is applied again, and only the difference when it moves on', () => {
    const before = needContributions(filledNeed());
    expect(contributionDelta(before, needContributions(filledNeed()))).toEqual([]);
    const closed = filledNeed();
    closed.need.stage = 'CLOSED';
    closed.need.stages = [...closed.need.stages.slice(0, 2), { stage: 'CLOSED', at: at('2026-03-01T08:00:00Z') }];
    closed.candidates = closed.candidates.map((c) => ({ ...c, hiredAt: null }));
    const delta = contributionDelta(before, needContributions(closed));
    expect(delta.find((c) => c.metric === InsightMetric.NEEDS_FILLED)?.count).toBe(-1);
    expect(delta.find((c) => c.metric === InsightMetric.NEEDS_CLOSED_UNFILLED)).toMatchObject({ count: 1, month: '2026-03-01' });
    expect(delta.find((c) => c.metric === InsightMetric.NEEDS_OPENED)).toBeUndefined();
  });

  it("counts the assistant's dismissed remarks by flag code in the month dismissed; an undone one (absent from the active dismissals) no longer counts", () => {
    const dismissed = filledNeed();
    dismissed.dismissals = [
      { code: 'LANGUAGE_NATIVE', dismissedAt: at('2026-01-10T09:00:00Z') },
      { code: 'REQUIRED_SKILL_NOT_ESSENTIAL', dismissedAt: at('2026-01-10T09:05:00Z') },
      { code: 'REQUIRED_SKILL_NOT_ESSENTIAL', dismissedAt: at('2026-02-01T09:00:00Z') },
    ];
    const cells = needContributions(dismissed);
    expect(value(cells, InsightMetric.ASSISTANT_FLAGS_DISMISSED, 'LANGUAGE_NATIVE', '2026-01-01')).toBe(1);
    expect(value(cells, InsightMetric.ASSISTANT_FLAGS_DISMISSED, 'REQUIRED_SKILL_NOT_ESSENTIAL', '2026-01-01')).toBe(1);
    expect(value(cells, InsightMetric.ASSISTANT_FLAGS_DISMISSED, 'REQUIRED_SKILL_NOT_ESSENTIAL', '2026-02-01')).toBe(1);
    expect(cells.find((c) => c.metric === InsightMetric.ASSISTANT_FLAGS_DISMISSED)).toMatchObject({ areaId: HELSINKI, municipalityCode: '091' });
    expect(value(needContributions(filledNeed()), InsightMetric.ASSISTANT_FLAGS_DISMISSED, 'LANGUAGE_NATIVE')).toBe(0);

    // Undone: the reader leaves the dismissal out, and the refresh takes back just that cell.
    const undone = filledNeed();
    undone.dismissals = dismissed.dismissals.filter((d) => d.code !== 'LANGUAGE_NATIVE');
    expect(contributionDelta(cells, needContributions(undone))).toEqual([
      expect.objectContaining({ metric: InsightMetric.ASSISTANT_FLAGS_DISMISSED, dimension: 'LANGUAGE_NATIVE', month: '2026-01-01', count: -1 }),
    ]);
  });
});
