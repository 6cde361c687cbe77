import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName } from './queue-name.enum';

export const JOB_HANDLER_METADATA = 'ytmt:job-handler';

export interface JobHandlerMetadata {
  queue: QueueName;
  name: string;
}

/** Marks a provider as the handler of one job name on one queue; the worker host finds it. */
export const JobHandler = (queue: QueueName, name: string) =>
  SetMetadata(JOB_HANDLER_METADATA, { queue, name } satisfies JobHandlerMetadata);

export interface JobHandlerInstance<TData = unknown, TResult = unknown> {
  handle(data: TData, job: Job<TData>): Promise<TResult>;
}
