import { Module } from '@nestjs/common';
import { CatalogueModule } from '@ytmt/catalogue';
import { RegionsModule } from '@ytmt/regions';
import { CompanyAccessReader } from './company-access.reader';
import { NeedRepository } from './need.repository';
import { NeedsResolver } from './needs.resolver';
import { NeedsService } from './needs.service';
import { SuggestedServicesService } from './suggested-services.service';

@Module({
  imports: [RegionsModule, CatalogueModule],
  providers: [NeedRepository, NeedsService, CompanyAccessReader, SuggestedServicesService],
  exports: [NeedRepository, NeedsService, CompanyAccessReader, SuggestedServicesService],
})
export class NeedsModule {}

@Module({ imports: [NeedsModule], providers: [NeedsResolver] })
export class NeedsApiModule {}
