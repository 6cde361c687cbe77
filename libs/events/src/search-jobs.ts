// Names and payloads of the need-search indexing jobs: the libs that change what a need's search
// document holds (needs, crm sharing, marketplace forwards) enqueue them.

export const INDEX_NEED_JOB = 'index-need';

export interface IndexNeedJobData extends Record<string, unknown> {
  needId: string;
}

export const indexNeedCoalesceKey = (needId: string): string => `index-need:${needId}`;
