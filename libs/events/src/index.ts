// The contracts between libraries: job names and payloads, notification events. No behaviour.
export * from './matching-jobs';
export * from './notification-events';
export * from './search-jobs';
