import { Module } from '@nestjs/common';
import { ServiceRepository } from '../service.repository';
import { HsdsExportService } from './hsds-export.service';
import { HsdsController } from './hsds.controller';

/**
 * The public HSDS 3.0 export. It needs only reads, so it provides its own ServiceRepository
 * (a plain class over the DataSource) instead of importing the whole CatalogueModule with its
 * search engine and write services.
 */
@Module({
  controllers: [HsdsController],
  providers: [ServiceRepository, HsdsExportService],
})
export class HsdsModule {}
