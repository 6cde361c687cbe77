import { Module } from '@nestjs/common';
import { AdviceArticleRepository } from './advice-article.repository';
import { AdviceImporter } from './advice.importer';
import { AdviceLoaderRegistrar } from './advice.loaders';
import { AdviceResolver, NeedAdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';
import { AdviceSearchModule } from './search/advice-search.module';

@Module({
  imports: [AdviceSearchModule],
  providers: [AdviceArticleRepository, AdviceService, AdviceImporter],
  exports: [AdviceArticleRepository, AdviceService, AdviceImporter],
})
export class AdviceModule {}

@Module({ imports: [AdviceModule], providers: [AdviceLoaderRegistrar, AdviceResolver, NeedAdviceResolver] })
export class AdviceApiModule {}
