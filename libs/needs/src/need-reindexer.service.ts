import { Inject, Injectable } from '@nestjs/common';
import { NeedSearchDocumentReader } from './need-search-document.reader';
import { NEED_SEARCH_ENGINE, NeedSearchEngine } from './search/need-search.port';

const BATCH = 500;

/** Rebuilds the need search index from the database (npm run cli -- reindex:needs). */
@Injectable()
export class NeedReindexer {
  constructor(
    private readonly documents: NeedSearchDocumentReader,
    @Inject(NEED_SEARCH_ENGINE) private readonly engine: NeedSearchEngine,
  ) {}

  async reindex(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<number> {
    await this.engine.prepare();
    const ids = await this.documents.allIds();
    await this.engine.clear();
    progress('tarpeet', 0, ids.length);
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.engine.upsert(await this.documents.load(ids.slice(i, i + BATCH)));
      progress('tarpeet', Math.min(i + BATCH, ids.length), ids.length);
    }
    return ids.length;
  }
}
