import { Injectable } from '@nestjs/common';
import { ServiceFactsReader } from '@ytmt/catalogue';
import { ProviderCoverage } from './search/need-search.port';
import { NO_COVERAGE } from './search/need-visibility';

/**
 * Where the published services of provider organisations are available: national, employment
 * areas, municipalities (the catalogue's services and their areas). The need search shows
 * COORDINATORS_AND_PROVIDERS needs of those places to the organisations' provider users.
 */
@Injectable()
export class ProviderCoverageReader {
  constructor(private readonly services: ServiceFactsReader) {}

  async read(organizationIds: readonly string[]): Promise<ProviderCoverage> {
    if (organizationIds.length === 0) return NO_COVERAGE;
    return this.services.publishedCoverageOf(organizationIds);
  }
}
