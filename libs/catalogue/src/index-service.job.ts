import { Inject, Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerInstance, QueueName } from '@ytmt/core';
import { ServiceStatus } from './entities/service.entity';
import { SERVICE_SEARCH_ENGINE, ServiceSearchEngine } from './search/service-search.port';
import { toSearchDocument } from './service-snapshot';
import { INDEX_SERVICE_JOB, IndexServiceJobData } from './service-write.service';
import { ServiceRepository } from './service.repository';

/**
 * Brings one service's search entry in line with the database. It re-reads the service, so
 * running it twice, late or out of order leaves the same result: published → indexed, else gone.
 */
@Injectable()
@JobHandler(QueueName.SEARCH_INDEX, INDEX_SERVICE_JOB)
export class IndexServiceJob implements JobHandlerInstance<IndexServiceJobData, 'indexed' | 'removed'> {
  constructor(
    private readonly repository: ServiceRepository,
    @Inject(SERVICE_SEARCH_ENGINE) private readonly engine: ServiceSearchEngine,
  ) {}

  async handle({ serviceId }: IndexServiceJobData): Promise<'indexed' | 'removed'> {
    const aggregate = await this.repository.get(serviceId);
    if (aggregate?.service.status === ServiceStatus.PUBLISHED) {
      await this.engine.upsert([toSearchDocument(aggregate)]);
      return 'indexed';
    }
    await this.engine.remove([serviceId]);
    return 'removed';
  }
}
