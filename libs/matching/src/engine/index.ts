// The pure matching engine: no Nest, no TypeORM, no I/O.
export * from './match.types';
export * from './match-rules';
export { EXCLUDED, PLACE, round4, haversineKm } from './match-parts';
export { prepareNeed } from './prepared-need';
export type { PreparedNeed } from './prepared-need';
export { scoreMatch, scorePrepared, statesOccupation } from './score-match';
export { hardLimitExclusion, feasibilityFor, isFeasible } from './hard-limits';
export { CandidateIndex } from './candidate-index';
export type { CandidateIndexOptions, CandidateIndexStats } from './candidate-index';
export { RematchPool } from './rematch-pool';
