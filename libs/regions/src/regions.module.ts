import { Module } from '@nestjs/common';
import { RegionsImporter } from './import/regions.importer';
import { RegionNamesReader } from './readers/region-names.reader';
import { RegionsLoaderRegistrar } from './regions.loaders';
import {
  EmploymentAreaFieldsResolver,
  MunicipalityFieldsResolver,
  PostalCodeFieldsResolver,
  RegionsResolver,
} from './regions.resolver';
import { RegionsService } from './regions.service';

/** Data-only part: services and importer, for the CLI and other domains. */
@Module({
  providers: [RegionsService, RegionsImporter, RegionNamesReader],
  exports: [RegionsService, RegionsImporter, RegionNamesReader],
})
export class RegionsModule {}

/** The GraphQL surface, for the API app. */
@Module({
  imports: [RegionsModule],
  providers: [
    RegionsLoaderRegistrar,
    RegionsResolver,
    MunicipalityFieldsResolver,
    EmploymentAreaFieldsResolver,
    PostalCodeFieldsResolver,
  ],
})
export class RegionsApiModule {}
