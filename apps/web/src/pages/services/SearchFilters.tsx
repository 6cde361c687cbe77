import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Heading, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { SearchServicesQuery } from '../../gql/graphql';
import type { ServiceLabels } from './labels';
import { MunicipalityPicker } from '../../shared/forms/MunicipalityPicker';
import { changeSearch, toggleFacet, type FacetKey, type SearchState } from './search-state';

type Facets = SearchServicesQuery['searchServices']['facets'];
type ApiFacetValue = Facets['category'][number];
/** A facet value; a chosen one that the results do not count has no count. */
type FacetValue = Omit<ApiFacetValue, 'count'> & { count: number | null };

/** Facet groups in the order they are shown, with the API's facet of each. */
const GROUPS: { key: FacetKey; facet: keyof Omit<Facets, 'area'> }[] = [
  { key: 'categories', facet: 'category' },
  { key: 'targetGroups', facet: 'targetGroup' },
  { key: 'sectors', facet: 'sector' },
  { key: 'deliveryModes', facet: 'deliveryMode' },
  { key: 'cost', facet: 'cost' },
  { key: 'languages', facet: 'language' },
];

const SHOWN_AT_FIRST = 8;
const NATIONAL = 'NATIONAL';
const MUNICIPALITY_PREFIX = 'municipality:';

/** The options of a facet: the API's values with counts, plus chosen values the results no longer hold. */
export function facetOptions(values: readonly ApiFacetValue[], selected: readonly string[]): FacetValue[] {
  const options: FacetValue[] = [...values];
  for (const value of selected) {
    if (!options.some((option) => option.value === value)) options.push({ value, count: null, label: value });
  }
  return options;
}

export function useFacetLabel(labels: ServiceLabels) {
  const { t } = useTranslation('services');
  return (key: FacetKey, value: string, fallback: string): string => {
    switch (key) {
      case 'categories':
      case 'targetGroups':
        return labels.term(value, fallback);
      case 'sectors':
        return t(`sector.${value}`, { defaultValue: fallback });
      case 'deliveryModes':
        return t(`deliveryMode.${value}`, { defaultValue: fallback });
      case 'cost':
        return t(`cost.${value}`, { defaultValue: fallback });
      case 'languages': {
        const name = labels.spokenLanguage(value);
        return name.charAt(0).toLocaleUpperCase(labels.language) + name.slice(1);
      }
    }
  };
}

function Count({ count }: { count: number | null }) {
  return count === null ? null : <span className="services-count">({count})</span>;
}

function FacetGroup({
  id,
  title,
  options,
  selected,
  label,
  onToggle,
}: {
  id: string;
  title: string;
  options: FacetValue[];
  selected: readonly string[];
  label: (option: FacetValue) => string;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation('services');
  const [expanded, setExpanded] = useState(false);
  const hiddenSelected = options.slice(SHOWN_AT_FIRST).some((option) => selected.includes(option.value));
  const showAll = expanded || hiddenSelected || options.length <= SHOWN_AT_FIRST + 1;
  const shown = showAll ? options : options.slice(0, SHOWN_AT_FIRST);
  if (options.length === 0) return null;
  return (
    <div className="services-facet" data-testid={`facet-${id}`}>
      <CheckboxGroup labelText={title} id={`facet-${id}`}>
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            id={`facet-${id}-${option.value}`}
            checked={selected.includes(option.value)}
            onClick={() => onToggle(option.value)}
          >
            {label(option)} <Count count={option.count} />
          </Checkbox>
        ))}
      </CheckboxGroup>
      {options.length > SHOWN_AT_FIRST + 1 && !hiddenSelected ? (
        <Button variant="secondaryNoBorder" aria-expanded={showAll} aria-controls={`facet-${id}`} onClick={() => setExpanded(!expanded)}>
          {showAll ? t('facets.showFewer') : t('facets.showAll', { count: options.length })}
        </Button>
      ) : null}
    </div>
  );
}

/** The filters beside the results: place, audience and every facet the API counts. */
export function SearchFilters({
  state,
  facets,
  labels,
  onChange,
}: {
  state: SearchState;
  facets: Facets | undefined;
  labels: ServiceLabels;
  onChange: (next: SearchState) => void;
}) {
  const { t } = useTranslation('services');
  const facetLabel = useFacetLabel(labels);

  const placeValue = state.municipality ? `${MUNICIPALITY_PREFIX}${state.municipality}` : (state.area ?? '');
  const areaOptions = facetOptions(
    (facets?.area ?? []).filter((option) => option.value !== NATIONAL),
    placeValue ? [placeValue] : [],
  );
  const areaLabel = (option: FacetValue) =>
    option.value.startsWith(MUNICIPALITY_PREFIX)
      ? labels.municipality(option.value.slice(MUNICIPALITY_PREFIX.length), option.label)
      : labels.area(option.value, option.label);
  const choosePlace = (value: string) => {
    if (value.startsWith(MUNICIPALITY_PREFIX)) onChange(changeSearch(state, { municipality: value.slice(MUNICIPALITY_PREFIX.length), area: null }));
    else onChange(changeSearch(state, { municipality: null, area: value || null }));
  };

  return (
    <div className="services-filters">
      <Heading variant="h2" id="filters-heading" mb="s">
        {t('search.filtersHeading')}
      </Heading>

      <fieldset className="services-place">
        <legend className="services-legend">{t('place.heading')}</legend>
        <MunicipalityPicker
          id="services-municipality"
          testId="municipality-picker"
          code={state.municipality}
          onChange={(code) => onChange(changeSearch(state, { municipality: code, area: null }))}
          fallbackName={(code) => labels.municipality(code) || undefined}
          texts={{
            label: t('place.municipality'),
            hint: t('place.municipalityHint'),
            placeholder: t('place.placeholder'),
            clear: t('place.clear'),
            noItems: t('place.noItems'),
            loading: t('place.loading'),
            available: (count) => t('place.options', { count }),
          }}
        />
        {areaOptions.length > 0 ? (
          <RadioButtonGroup
            labelText={t('facets.area')}
            name="services-area"
            value={placeValue}
            onChange={choosePlace}
            mt="m"
            data-testid="facet-area"
          >
            <RadioButton value="">{t('place.anyArea')}</RadioButton>
            {areaOptions.map((option) => (
              <RadioButton key={option.value} value={option.value}>
                {areaLabel(option)} <Count count={option.count} />
              </RadioButton>
            ))}
          </RadioButtonGroup>
        ) : null}
        <RadioButtonGroup
          labelText={t('place.scope')}
          name="services-scope"
          value={state.scope}
          onChange={(scope) => onChange(changeSearch(state, { scope: scope as SearchState['scope'] }))}
          mt="m"
        >
          {(['ALL', 'REGIONAL', 'NATIONAL'] as const).map((scope) => (
            <RadioButton key={scope} value={scope}>
              {t(`scope.${scope}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </fieldset>

      <RadioButtonGroup
        labelText={t('audience.label')}
        name="services-audience"
        value={state.audience ?? ''}
        onChange={(audience) => onChange(changeSearch(state, { audience: (audience || null) as SearchState['audience'] }))}
        mb="m"
      >
        {(['', 'EMPLOYERS', 'JOBSEEKERS'] as const).map((audience) => (
          <RadioButton key={audience || 'any'} value={audience}>
            {t(`audience.${audience || 'ANY'}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>

      {GROUPS.map(({ key, facet }) => (
        <FacetGroup
          key={key}
          id={key}
          title={t(`facets.${key}`)}
          options={facetOptions(facets?.[facet] ?? [], state[key])}
          selected={state[key]}
          label={(option) => facetLabel(key, option.value, option.label)}
          onToggle={(value) => onChange(toggleFacet(state, key, value))}
        />
      ))}
    </div>
  );
}
