import { Injectable } from '@nestjs/common';
import { ServiceInsightsReader, Taxonomy, TaxonomyService } from '@ytmt/catalogue';
import { OrganizationDirectory } from '@ytmt/identity';
import { RegionNamesReader, RegionsService } from '@ytmt/regions';
import { ServiceCoverageType } from './dto/insights.types';
import { serviceCoverage } from './service-coverage';

/**
 * The service network's coverage, computed from the catalogue's published services when asked:
 * a few thousand public rows, not personal data, so no summary table and no suppression.
 */
@Injectable()
export class ServiceCoverageService {
  constructor(
    private readonly regionNames: RegionNamesReader,
    private readonly organizations: OrganizationDirectory,
    private readonly services: ServiceInsightsReader,
    private readonly taxonomies: TaxonomyService,
    private readonly regions: RegionsService,
  ) {}

  /** The service network per area: published services by category, target group and sector, and the gaps. */
  async coverage(): Promise<ServiceCoverageType> {
    const names = await this.regionNames.finnishNames();
    const entities = await this.regionNames.employmentAreasByIds([...names.areas.keys()]);
    const areas = [...entities.values()].map((a) => ({ id: a.id, nameFi: a.nameFi, nameSv: a.nameSv, own: false })).sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
    const published = await this.services.published();
    const areaOf = await this.regions.employmentAreasOf(published.flatMap((service) => service.municipalityCodes));
    const sectors = await this.organizations.byIds([...new Set(published.map((service) => service.organizationId))]);
    const { terms } = await this.taxonomies.page([Taxonomy.SERVICE_CATEGORY], 0, 1000);
    const categoryCodes = terms.map((term) => term.code);
    const { counts, gaps } = serviceCoverage(
      published.map((service) => ({
        id: service.id,
        sector: sectors.get(service.organizationId)?.sector ?? 'UNKNOWN',
        isNational: service.isNational,
        areaIds: [...service.employmentAreaIds, ...service.municipalityCodes.flatMap((code) => areaOf.get(code) ?? [])],
        categoryCodes: service.categoryCodes,
        targetGroupCodes: service.targetGroupCodes,
      })),
      areas.map((area) => area.id),
      categoryCodes,
    );
    const categories = terms.map((term) => ({ code: term.code, labelFi: term.labelFi, labelSv: term.labelSv, labelEn: term.labelEn }));
    return { areas, categories, counts, gaps };
  }

}
