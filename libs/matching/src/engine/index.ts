// The pure matching engine: no Nest, no TypeORM, no I/O.
export * from './match.types';
export * from './match-rules';
export { EXCLUDED, PLACE, round4, haversineKm } from './match-parts';
export { prepareNeed } from './prepared-need';
export type { PreparedNeed } from './prepared-need';
export { scoreMatch, scorePrepared } from './score-match';
export { CandidateIndex } from './candidate-index';
export type { CandidateIndexOptions, CandidateIndexStats } from './candidate-index';
export { RematchPool } from './rematch-pool';
