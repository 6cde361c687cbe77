import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SERVICE_SEARCH_ENGINE, ServiceSearchEngine } from './search/service-search.port';
import { toSearchDocument } from './service-snapshot';
import { ServiceRepository } from './service.repository';

const BATCH = 500;

/** Rebuilds the search index from the database (npm run reindex). */
@Injectable()
export class ServiceReindexer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    @Inject(SERVICE_SEARCH_ENGINE) private readonly engine: ServiceSearchEngine,
  ) {}

  async reindex(progress: (step: string, done: number, total: number) => void = () => undefined): Promise<number> {
    await this.engine.prepare();
    const ids: string[] = (
      await this.dataSource.query(`SELECT id FROM service WHERE status = 'PUBLISHED' ORDER BY id`)
    ).map((row: { id: string }) => row.id);
    await this.engine.clear();
    progress('services', 0, ids.length);
    for (let i = 0; i < ids.length; i += BATCH) {
      const aggregates = await this.repository.load(ids.slice(i, i + BATCH));
      await this.engine.upsert(aggregates.map(toSearchDocument));
      progress('services', Math.min(i + BATCH, ids.length), ids.length);
    }
    return ids.length;
  }
}
