// Offline evaluation of the matching engine: a labelled set generated from ESCO and ranking metrics.
export * from './metrics';
export * from './labelled-set';
export * from './esco-index';
export * from './random';
