import { Injectable } from '@nestjs/common';
import { FacetValueType } from '@ytmt/catalogue';
import { RegionNamesReader } from '@ytmt/regions';
import { IscoGroupsReader } from '@ytmt/skills';
import { NeedFacetsType } from '../dto/need-search.types';
import { Adjustment, Measure, NeedKind, NeedStage } from '../need.enums';
import { NeedFacetCount, NeedFacets } from './need-search.port';

const KIND_LABELS: Record<NeedKind, string> = {
  RECRUITMENT: 'Rekrytointi',
  COMPETENCE_DEVELOPMENT: 'Osaamisen kehittäminen',
  SUPPORT_AND_ADVICE: 'Tuki ja neuvonta',
};
const STAGE_LABELS: Record<NeedStage, string> = {
  IDENTIFIED: 'Tunnista',
  SPECIFIED: 'Tarkenna',
  DESCRIBED: 'Tarinoi',
  PACKAGED: 'Tuotteista',
  OFFERED: 'Tarjoa',
  FILLED: 'Työllistä',
  CLOSED: 'Suljettu',
};
const MEASURE_LABELS: Record<Measure, string> = {
  PAY_SUBSIDY: 'Palkkatuki',
  APPRENTICESHIP: 'Oppisopimus',
  WORK_TRIAL: 'Työkokeilu',
  RECRUITMENT_TRAINING: 'Rekrytointikoulutus',
  JOB_COACHING: 'Työhönvalmennus',
};
const ADJUSTMENT_LABELS: Record<Adjustment, string> = {
  WORKING_TIME: 'Työaika',
  PHYSICAL_WORKPLACE: 'Fyysinen työympäristö',
  WORK_TASKS: 'Työtehtävät',
  WORK_ENVIRONMENT: 'Työyhteisö ja -ympäristö',
  LANGUAGE_SUPPORT: 'Kielituki',
};
const PRECISION_LABELS: Record<string, string> = { true: 'Avoin täsmätyökykyisille', false: 'Ei erikseen avoin täsmätyökykyisille' };

/**
 * Finnish labels of the need search's facet values: fixed ones for the enums, the names of
 * municipalities, employment areas and ISCO groups read from their owners. A value without a
 * name is its own label.
 */
@Injectable()
export class NeedFacetLabels {
  constructor(
    private readonly regions: RegionNamesReader,
    private readonly iscoGroups: IscoGroupsReader,
  ) {}

  async label(facets: NeedFacets): Promise<NeedFacetsType> {
    const municipalities = await this.regions.municipalitiesByCodes(valuesOf(facets.municipality));
    const areas = await this.regions.employmentAreasByIds(valuesOf(facets.employmentArea));
    const groups = await this.iscoGroups.byCodes(valuesOf(facets.occupationGroup));
    return {
      kind: labelled(facets.kind, KIND_LABELS),
      municipality: labelled(facets.municipality, namesOf(municipalities)),
      employmentArea: labelled(facets.employmentArea, namesOf(areas)),
      measure: labelled(facets.measure, MEASURE_LABELS),
      adjustment: labelled(facets.adjustment, ADJUSTMENT_LABELS),
      openToPrecisionCapable: labelled(facets.openToPrecisionCapable, PRECISION_LABELS),
      stage: labelled(facets.stage, STAGE_LABELS),
      occupationGroup: labelled(facets.occupationGroup, namesOf(groups)),
    };
  }
}

const valuesOf = (counts: readonly NeedFacetCount[]) => counts.map((count) => count.value);

function namesOf(entries: ReadonlyMap<string, { nameFi: string }>): Record<string, string> {
  return Object.fromEntries([...entries].map(([key, entry]) => [key, entry.nameFi]));
}

function labelled(counts: readonly NeedFacetCount[], labels: Record<string, string>): FacetValueType[] {
  return counts.map((count) => ({ value: count.value, count: count.count, label: labels[count.value] ?? count.value }));
}
