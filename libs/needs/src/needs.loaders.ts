import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, LoaderKey } from '@ytmt/core';
import { SuggestedServiceType } from './dto/need.types';
import { NeedRepository } from './need.repository';
import { SuggestedServicesService } from './suggested-services.service';

export const NeedsLoaders = {
  /** Need id → the published services that fit it (none for a need that is gone). */
  suggestedServices: new LoaderKey<string, SuggestedServiceType[]>('needs.suggestedServices'),
};

/** Batches the per-need fields of a page of needs: a few queries a page, not a few a need. */
@Injectable()
export class NeedsLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly repository: NeedRepository,
    private readonly suggestions: SuggestedServicesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(NeedsLoaders.suggestedServices, async (needIds) => {
      const aggregates = await this.repository.load(needIds);
      const suggested = await this.suggestions.forNeeds(aggregates);
      const byNeed = new Map(aggregates.map((aggregate, index) => [aggregate.need.id, suggested[index]]));
      return needIds.map((id) => byNeed.get(id) ?? []);
    });
  }
}
