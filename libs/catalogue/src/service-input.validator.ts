import { Injectable } from '@nestjs/common';
import { RegionNamesReader, RegionsService } from '@ytmt/regions';
import { EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { ServiceInput } from './dto/service.inputs';
import { Taxonomy, TaxonomyTerm } from './entities/taxonomy-term.entity';
import { TaxonomyService } from './taxonomy.service';

/**
 * Checks what class-validator cannot: references to taxonomy terms, areas and municipalities,
 * and rules across fields. Every error names the field; nothing is written before this passes.
 */
@Injectable()
export class ServiceInputValidator {
  constructor(
    private readonly regions: RegionsService,
    private readonly regionNames: RegionNamesReader,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async validate(manager: EntityManager, input: ServiceInput): Promise<TaxonomyTerm[]> {
    const invalid = (path: string, message: string) => CatalogueException.field(CatalogueErrorCode.INVALID_SERVICE, path, message);

    if (!input.isNational && input.employmentAreaIds.length === 0 && input.municipalityCodes.length === 0) {
      throw invalid('input.isNational', 'a service must be national or name employment areas or municipalities');
    }
    if (input.minimumAge !== undefined && input.maximumAge !== undefined && input.minimumAge > input.maximumAge) {
      throw invalid('input.maximumAge', 'must not be below minimumAge');
    }
    const priced = input.costOptions.findIndex((option) => (option.amount ?? 0) > 0);
    if (input.isFree && priced >= 0) throw invalid(`input.costOptions[${priced}].amount`, 'a free service cannot have a price');
    if (!input.isFree && priced < 0) throw invalid('input.costOptions', 'a charged service needs a cost option with an amount');

    const terms = [
      ...(await this.taxonomy.termsOf(Taxonomy.SERVICE_CATEGORY, input.categoryCodes, 'input.categoryCodes', manager)),
      ...(await this.taxonomy.termsOf(Taxonomy.TARGET_GROUP, input.targetGroupCodes, 'input.targetGroupCodes', manager)),
    ];

    if (input.employmentAreaIds.length > 0) {
      const known = await this.regionNames.employmentAreasByIds(input.employmentAreaIds, manager);
      const index = input.employmentAreaIds.findIndex((id) => !known.has(id));
      if (index >= 0) {
        throw CatalogueException.field(CatalogueErrorCode.UNKNOWN_EMPLOYMENT_AREA, `input.employmentAreaIds[${index}]`, 'no such employment area');
      }
    }
    await this.regions.assertMunicipalitiesExist(input.municipalityCodes, 'input.municipalityCodes', manager);
    for (const [index, location] of input.locations.entries()) {
      await this.regions.getMunicipality(location.municipalityCode, `input.locations[${index}].municipalityCode`);
      if ((location.latitude === undefined) !== (location.longitude === undefined)) {
        throw invalid(`input.locations[${index}].longitude`, 'give both latitude and longitude, or neither');
      }
    }
    return terms;
  }
}
