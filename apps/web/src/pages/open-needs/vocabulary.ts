import type { Adjustment, LanguageLevel, Measure, NeedKind, NeedStage, NeedVisibility, TaskKind } from '../../gql/graphql';

// The need vocabulary as lists, in the order people read them. A Record over the enum makes the
// compiler insist on every value; the words are in the openNeeds namespace under `vocabulary`.
const valuesOf = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

export const NEED_KINDS = valuesOf<NeedKind>({ RECRUITMENT: true, COMPETENCE_DEVELOPMENT: true, SUPPORT_AND_ADVICE: true });
export const MEASURES = valuesOf<Measure>({ PAY_SUBSIDY: true, APPRENTICESHIP: true, WORK_TRIAL: true, RECRUITMENT_TRAINING: true, JOB_COACHING: true });
export const ADJUSTMENTS = valuesOf<Adjustment>({
  WORKING_TIME: true,
  PHYSICAL_WORKPLACE: true,
  WORK_TASKS: true,
  WORK_ENVIRONMENT: true,
  LANGUAGE_SUPPORT: true,
});
export const NEED_STAGES = valuesOf<NeedStage>({
  IDENTIFIED: true,
  SPECIFIED: true,
  DESCRIBED: true,
  PACKAGED: true,
  OFFERED: true,
  FILLED: true,
  CLOSED: true,
});
export const TASK_KINDS = valuesOf<TaskKind>({ CORE: true, SEPARABLE: true });
export const NEED_VISIBILITIES = valuesOf<NeedVisibility>({ PUBLIC: true, COORDINATORS_AND_PROVIDERS: true, COORDINATORS_ONLY: true });
export const LANGUAGE_LEVELS = valuesOf<LanguageLevel>({ A1: true, A2: true, B1: true, B2: true, C1: true, C2: true, NATIVE: true });

/** The six demand dimensions of a task, as the API names them. */
export type DemandDimension = 'physicalStrain' | 'standingWalking' | 'lifting' | 'cognitiveLoad' | 'customerInteraction' | 'timePressure';
export const DEMAND_DIMENSIONS = valuesOf<DemandDimension>({
  physicalStrain: true,
  standingWalking: true,
  lifting: true,
  cognitiveLoad: true,
  customerInteraction: true,
  timePressure: true,
});

export const DEMAND_LEVELS = [0, 1, 2, 3] as const;
export type DemandLevel = (typeof DEMAND_LEVELS)[number];

/** A level from the API as one of 0…3; anything else is clamped so the page never shows a raw number. */
export function demandLevel(value: number): DemandLevel {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value >= 3) return 3;
  return Math.round(value) as DemandLevel;
}

/** Translation key (openNeeds namespace) of a demand level's words: "ei lainkaan", "vähän"… */
export function demandLevelKey(value: number): string {
  return `vocabulary.demandLevel.${demandLevel(value)}`;
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
