import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataLoaderRegistry, LoaderKey } from '@ytmt/core';
import { NeedTopicSource } from './advice-topics';
import { AdviceService } from './advice.service';
import { AdviceArticleType, AdviceLanguage } from './dto/advice.types';

/** A need's advice in one language. */
export interface NeedAdviceKey {
  need: NeedTopicSource;
  language: AdviceLanguage;
}

export const AdviceLoaders = {
  needAdvice: new LoaderKey<NeedAdviceKey, AdviceArticleType[]>('advice.needAdvice'),
};

/** Batches the advice of a page of needs: one query a page, not one a need. */
@Injectable()
export class AdviceLoaderRegistrar implements OnModuleInit {
  constructor(
    private readonly registry: DataLoaderRegistry,
    private readonly advice: AdviceService,
  ) {}

  onModuleInit(): void {
    this.registry.register(AdviceLoaders.needAdvice, (keys) => this.advice.forNeeds(keys));
  }
}
