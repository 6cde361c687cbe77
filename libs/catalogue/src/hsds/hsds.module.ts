import { Module } from '@nestjs/common';
import { IdentityModule } from '@ytmt/identity';
import { RegionsModule } from '@ytmt/regions';
import { ServiceRepository } from '../service.repository';
import { TaxonomyService } from '../taxonomy.service';
import { HsdsExportService } from './hsds-export.service';
import { HsdsController } from './hsds.controller';

/**
 * The public HSDS 3.0 export. It needs only reads, so it provides its own ServiceRepository and
 * TaxonomyService (plain classes over the DataSource) instead of importing the whole
 * CatalogueModule with its search engine and write services.
 */
@Module({
  imports: [IdentityModule, RegionsModule],
  controllers: [HsdsController],
  providers: [ServiceRepository, TaxonomyService, HsdsExportService],
})
export class HsdsModule {}
