// Pure: no Nest, no I/O. Rules of a need that span fields, and what support fits it.
import type { FieldProblem } from '@ytmt/core';
import { Adjustment, Measure, NeedKind, NeedStage, STAGE_ORDER, TaskKind } from './need.enums';

export interface NeedRuleInput {
  municipalityCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  remote: boolean;
  hoursMin?: number | null;
  hoursMax?: number | null;
  payMin?: number | null;
  payMax?: number | null;
  payUnit?: string | null;
  tasks: readonly { kind: TaskKind }[];
}

export function needRuleProblems(input: NeedRuleInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.hoursMin != null && input.hoursMax != null && input.hoursMin > input.hoursMax) {
    problems.push({ path: 'input.hoursMax', message: 'must not be below hoursMin' });
  }
  if (input.payMin != null && input.payMax != null && input.payMin > input.payMax) {
    problems.push({ path: 'input.payMax', message: 'must not be below payMin' });
  }
  if ((input.payMin != null || input.payMax != null) && input.payUnit == null) {
    problems.push({ path: 'input.payUnit', message: 'give what the pay is counted per (HOUR, MONTH or YEAR)' });
  }
  if (!input.municipalityCode && !input.remote) {
    problems.push({ path: 'input.municipalityCode', message: 'give the municipality of the work, or mark the need remote' });
  }
  if ((input.latitude == null) !== (input.longitude == null)) {
    problems.push({ path: input.latitude == null ? 'input.latitude' : 'input.longitude', message: 'give both latitude and longitude, or neither' });
  }
  if (input.tasks.length > 0 && !input.tasks.some((task) => task.kind === TaskKind.CORE)) {
    problems.push({ path: 'input.tasks', message: 'a carved role needs at least one CORE task' });
  }
  return problems;
}

/** Forward along 6T (steps may be skipped), or CLOSED from any open stage; never back. */
export function canMoveStage(from: NeedStage, to: NeedStage): boolean {
  if (from === NeedStage.FILLED || from === NeedStage.CLOSED) return false;
  if (to === NeedStage.CLOSED) return true;
  return STAGE_ORDER.indexOf(to) > STAGE_ORDER.indexOf(from);
}

export interface SupportReason {
  categoryCode: string;
  reason: string;
}

export interface SupportInput {
  kinds: readonly NeedKind[];
  measuresOpenTo: readonly Measure[];
  adjustmentsOffered: readonly Adjustment[];
  requiredSkillLabels: readonly string[];
  openToPrecisionCapable: boolean;
  anonymousRecruitment: boolean;
}

export const MEASURE_REASONS: Record<Measure, SupportReason> = {
  [Measure.PAY_SUBSIDY]: { categoryCode: 'PAY_SUBSIDY', reason: 'Työnantaja on valmis palkkatukeen' },
  [Measure.APPRENTICESHIP]: { categoryCode: 'APPRENTICESHIP', reason: 'Työnantaja on valmis oppisopimukseen' },
  [Measure.WORK_TRIAL]: { categoryCode: 'WORK_TRIAL', reason: 'Työnantaja on valmis työkokeiluun' },
  [Measure.RECRUITMENT_TRAINING]: { categoryCode: 'RECRUITMENT_TRAINING', reason: 'Työnantaja on valmis rekrytointikoulutukseen' },
  [Measure.JOB_COACHING]: { categoryCode: 'JOB_COACHING', reason: 'Työnantaja on valmis työhönvalmennukseen' },
};

/** Which service categories would help this need, and why (in Finnish, for the employer). */
export function supportReasons(need: SupportInput): SupportReason[] {
  const reasons: SupportReason[] = need.measuresOpenTo.map((measure) => MEASURE_REASONS[measure]);
  if (need.adjustmentsOffered.length > 0) {
    reasons.push({ categoryCode: 'ACCOMMODATION_ADVICE', reason: 'Työpaikka tarjoaa mukautuksia: neuvontaa kohtuullisiin mukautuksiin' });
  }
  if (need.openToPrecisionCapable) {
    reasons.push({ categoryCode: 'WORK_ABILITY_SUPPORT', reason: 'Avoin täsmätyökykyisille: työkyvyn tuki' });
  }
  if (need.anonymousRecruitment) {
    reasons.push({ categoryCode: 'INCLUSIVE_RECRUITMENT_ADVICE', reason: 'Anonyymi rekrytointi: monimuotoisen rekrytoinnin tuki' });
  }
  if (need.requiredSkillLabels.length > 0 && need.kinds.includes(NeedKind.RECRUITMENT)) {
    const skills = need.requiredSkillLabels.slice(0, 3).join(', ');
    reasons.push({ categoryCode: 'LABOUR_MARKET_TRAINING', reason: `Vaadittua osaamista voi kouluttaa: ${skills}` });
    reasons.push({ categoryCode: 'RECRUITMENT_TRAINING', reason: `Rekrytointikoulutus vaadittuun osaamiseen: ${skills}` });
  }
  if (need.kinds.includes(NeedKind.COMPETENCE_DEVELOPMENT)) {
    reasons.push({ categoryCode: 'STAFF_DEVELOPMENT', reason: 'Henkilöstön osaamisen kehittäminen' });
    reasons.push({ categoryCode: 'ON_THE_JOB_LEARNING', reason: 'Osaamisen kehittäminen työssä oppien' });
  }
  if (need.kinds.includes(NeedKind.SUPPORT_AND_ADVICE)) {
    reasons.push({ categoryCode: 'RECRUITMENT_SERVICES', reason: 'Tukea ja neuvontaa rekrytointiin' });
  }
  const seen = new Set<string>();
  return reasons.filter((r) => (seen.has(r.categoryCode) ? false : (seen.add(r.categoryCode), true)));
}
