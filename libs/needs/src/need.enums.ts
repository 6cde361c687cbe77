// The vocabularies of an employer need, from DOMAIN.md ("Employer needs", "Precision capability").

export enum NeedKind {
  RECRUITMENT = 'RECRUITMENT',
  COMPETENCE_DEVELOPMENT = 'COMPETENCE_DEVELOPMENT',
  SUPPORT_AND_ADVICE = 'SUPPORT_AND_ADVICE',
}

/** The employer-side "6T" path, in order; CLOSED ends it without a hire. */
export enum NeedStage {
  IDENTIFIED = 'IDENTIFIED',
  SPECIFIED = 'SPECIFIED',
  DESCRIBED = 'DESCRIBED',
  PACKAGED = 'PACKAGED',
  OFFERED = 'OFFERED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

export const STAGE_ORDER: readonly NeedStage[] = [
  NeedStage.IDENTIFIED,
  NeedStage.SPECIFIED,
  NeedStage.DESCRIBED,
  NeedStage.PACKAGED,
  NeedStage.OFFERED,
  NeedStage.FILLED,
];

export enum NeedVisibility {
  PUBLIC = 'PUBLIC',
  COORDINATORS_AND_PROVIDERS = 'COORDINATORS_AND_PROVIDERS',
  COORDINATORS_ONLY = 'COORDINATORS_ONLY',
}

export enum Adjustment {
  WORKING_TIME = 'WORKING_TIME',
  PHYSICAL_WORKPLACE = 'PHYSICAL_WORKPLACE',
  WORK_TASKS = 'WORK_TASKS',
  WORK_ENVIRONMENT = 'WORK_ENVIRONMENT',
  LANGUAGE_SUPPORT = 'LANGUAGE_SUPPORT',
}

/** What a pay range is counted per. */
export enum PayUnit {
  HOUR = 'HOUR',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export enum Measure {
  PAY_SUBSIDY = 'PAY_SUBSIDY',
  APPRENTICESHIP = 'APPRENTICESHIP',
  WORK_TRIAL = 'WORK_TRIAL',
  RECRUITMENT_TRAINING = 'RECRUITMENT_TRAINING',
  JOB_COACHING = 'JOB_COACHING',
}

export enum DemandDimension {
  PHYSICAL_STRAIN = 'PHYSICAL_STRAIN',
  STANDING_WALKING = 'STANDING_WALKING',
  LIFTING = 'LIFTING',
  COGNITIVE_LOAD = 'COGNITIVE_LOAD',
  CUSTOMER_INTERACTION = 'CUSTOMER_INTERACTION',
  TIME_PRESSURE = 'TIME_PRESSURE',
}

export enum TaskKind {
  CORE = 'CORE',
  SEPARABLE = 'SEPARABLE',
}

export enum LanguageLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
