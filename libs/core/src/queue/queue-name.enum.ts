/** Every BullMQ queue of the platform. Adding a queue here makes /health watch it. */
export enum QueueName {
  MAINTENANCE = 'maintenance',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
