/** Told about every job the worker ran; the worker's metrics implement it. */
export interface JobObserver {
  jobFinished(queue: string, jobName: string, seconds: number, outcome: 'completed' | 'failed'): void;
}

export const JOB_OBSERVER = Symbol('JOB_OBSERVER');
