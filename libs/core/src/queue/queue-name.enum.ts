/** Every BullMQ queue of the platform. Adding a queue here makes /health watch it. */
export enum QueueName {
  MAINTENANCE = 'maintenance',
  SEARCH_INDEX = 'search-index',
  MATCHING = 'matching',
  NOTIFICATIONS = 'notifications',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
