import type { ReactNode } from 'react';
import { Button, Checkbox, CheckboxGroup, Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { SearchOpenNeedsQuery } from '../../gql/graphql';
import { MunicipalityName, useEmploymentAreaNames } from './PlaceName';
import { activeFilterCount, type ListFilterKey, type NeedSearchState } from './search-state';

type Facets = SearchOpenNeedsQuery['searchNeeds']['facets'];
type FacetValue = Facets['kind'][number];

interface Option {
  value: string;
  count: number;
  label: ReactNode;
}

/**
 * The facet values with their counts; a chosen value stays on the list even when the other
 * filters leave it no hits, so it can always be unchecked.
 */
export function facetOptions(values: readonly FacetValue[], selected: readonly string[], label: (value: FacetValue) => ReactNode): Option[] {
  const options = values.map((value) => ({ value: value.value, count: value.count, label: label(value) }));
  for (const value of selected) {
    if (!options.some((option) => option.value === value)) options.push({ value, count: 0, label: label({ value, label: value, count: 0 }) });
  }
  return options;
}

function FacetGroup({ id, legend, options, selected, onToggle }: { id: string; legend: string; options: Option[]; selected: readonly string[]; onToggle: (value: string, on: boolean) => void }) {
  const { t } = useTranslation('openNeeds');
  if (options.length === 0) return null;
  return (
    <CheckboxGroup labelText={legend} id={`facet-${id}`} mb="m">
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`facet-${id}-${option.value}`}
          checked={selected.includes(option.value)}
          onClick={({ checkboxState }) => onToggle(option.value, checkboxState)}
        >
          {option.label} <span className="open-needs-count">{t('filters.count', { value: option.count })}</span>
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/** Every facet the API returns, with its counts, as checkboxes; changes apply at once. */
export function FacetFilters({
  facets,
  state,
  signedIn,
  onToggle,
  onPrecision,
  onClear,
}: {
  facets: Facets;
  state: NeedSearchState;
  signedIn: boolean;
  onToggle: (key: ListFilterKey, value: string, on: boolean) => void;
  onPrecision: (on: boolean) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('openNeeds');
  const areaName = useEmploymentAreaNames();
  const finnishOnly = i18n.language !== 'fi' ? 'fi' : undefined;
  const precisionCount = facets.openToPrecisionCapable.find((value) => value.value === 'true')?.count ?? 0;
  const groups: { key: ListFilterKey; legend: string; options: Option[] }[] = [
    { key: 'kinds', legend: t('filters.kind'), options: facetOptions(facets.kind, state.kinds, (v) => t(`vocabulary.needKind.${v.value}`)) },
    {
      key: 'employmentAreaIds',
      legend: t('filters.employmentArea'),
      options: facetOptions(facets.employmentArea, state.employmentAreaIds, (v) => {
        const area = areaName(v.value, v.label);
        return <span lang={area.lang}>{area.name}</span>;
      }),
    },
    {
      key: 'municipalityCodes',
      legend: t('filters.municipality'),
      options: facetOptions(facets.municipality, state.municipalityCodes, (v) => <MunicipalityName code={v.value} fallback={v.label} />),
    },
    { key: 'measures', legend: t('filters.measure'), options: facetOptions(facets.measure, state.measures, (v) => t(`vocabulary.measure.${v.value}`)) },
    {
      key: 'adjustments',
      legend: t('filters.adjustment'),
      options: facetOptions(facets.adjustment, state.adjustments, (v) => t(`vocabulary.adjustment.${v.value}`)),
    },
    {
      key: 'occupationGroups',
      legend: t('filters.occupationGroup'),
      // ISCO group names exist in Finnish only.
      options: facetOptions(facets.occupationGroup, state.occupationGroups, (v) => <span lang={finnishOnly}>{v.label}</span>),
    },
    // The 6T stage is working vocabulary for employers, coordinators and providers, not for visitors.
    ...(signedIn
      ? [{ key: 'stages' as const, legend: t('filters.stage'), options: facetOptions(facets.stage, state.stages, (v) => t(`vocabulary.needStage.${v.value}`)) }]
      : []),
  ];
  return (
    <section className="open-needs-filters" aria-labelledby="open-needs-filters-heading">
      <Heading variant="h2" id="open-needs-filters-heading" mb="s">
        {t('filters.heading')}
      </Heading>
      {precisionCount > 0 || state.openToPrecisionCapable ? (
        <CheckboxGroup labelText={t('filters.precision')} id="facet-precision" mb="m">
          {[
            <Checkbox key="true" id="facet-precision-true" checked={state.openToPrecisionCapable} onClick={({ checkboxState }) => onPrecision(checkboxState)}>
              {t('filters.precisionOption')} <span className="open-needs-count">{t('filters.count', { value: precisionCount })}</span>
            </Checkbox>,
          ]}
        </CheckboxGroup>
      ) : null}
      {groups.map((group) => (
        <FacetGroup
          key={group.key}
          id={group.key}
          legend={group.legend}
          options={group.options}
          selected={state[group.key]}
          onToggle={(value, on) => onToggle(group.key, value, on)}
        />
      ))}
      {activeFilterCount(state) > 0 ? (
        <Button variant="secondary" onClick={onClear}>
          {t('filters.clear', { count: activeFilterCount(state) })}
        </Button>
      ) : null}
    </section>
  );
}
