import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxService, QueueName } from '@ytmt/core';
import { CompanyChangeListeners } from '@ytmt/crm';
import { INDEX_NEED_JOB, IndexNeedJobData, indexNeedCoalesceKey } from '@ytmt/events';
import { EntityManager } from 'typeorm';

/**
 * The need search copies a company's name, home area, shared areas and verification into each of
 * its needs' documents (coordinators of those areas find the needs): when crm changes them, every
 * need of the company is reindexed, in crm's transaction.
 */
@Injectable()
export class CompanyNeedsReindexListener implements OnModuleInit {
  constructor(
    private readonly companies: CompanyChangeListeners,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.companies.register((manager, companyId) => this.reindex(manager, companyId));
  }

  async reindex(manager: EntityManager, companyId: string): Promise<void> {
    const needs: { id: string }[] = await manager.query('SELECT id FROM need WHERE organization_id = $1', [companyId]);
    for (const { id } of needs) {
      await this.outbox.add<IndexNeedJobData>(manager, {
        queue: QueueName.SEARCH_INDEX,
        jobName: INDEX_NEED_JOB,
        data: { needId: id },
        coalesceKey: indexNeedCoalesceKey(id),
      });
    }
  }
}
