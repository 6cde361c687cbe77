import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, LoaderKey } from '@ytmt/core';
import { GapRequest, GapServicesService, MatchGaps } from './gap-services.service';

export const MatchingLoaders = {
  /** CandidateListEntryType.gaps: the matches of a page answered together. */
  gaps: new LoaderKey<GapRequest, MatchGaps>('matching.gaps'),
};

@Injectable()
export class MatchingLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly gapServices: GapServicesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(MatchingLoaders.gaps, (requests) => this.gapServices.forMatches(requests));
  }
}
