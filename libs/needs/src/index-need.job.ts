import { Inject, Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerInstance, QueueName } from '@ytmt/core';
import { INDEX_NEED_JOB, IndexNeedJobData } from '@ytmt/events';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NEED_SEARCH_ENGINE, NeedSearchEngine } from './search/need-search.port';

/**
 * Brings one need's search document in line with the database: the need itself, its company's
 * areas and its forwards. It re-reads everything, so running it twice, late or out of order
 * leaves the same result: an existing need indexed (finished ones too, with their stage), a
 * deleted one gone. Who may find it is decided at search time, from the document.
 */
@Injectable()
@JobHandler(QueueName.SEARCH_INDEX, INDEX_NEED_JOB)
export class IndexNeedJob implements JobHandlerInstance<IndexNeedJobData, 'indexed' | 'removed'> {
  constructor(
    private readonly documents: NeedSearchDocumentReader,
    @Inject(NEED_SEARCH_ENGINE) private readonly engine: NeedSearchEngine,
  ) {}

  async handle({ needId }: IndexNeedJobData): Promise<'indexed' | 'removed'> {
    const [document] = await this.documents.load([needId]);
    if (document) {
      await this.engine.upsert([document]);
      return 'indexed';
    }
    await this.engine.remove([needId]);
    return 'removed';
  }
}
