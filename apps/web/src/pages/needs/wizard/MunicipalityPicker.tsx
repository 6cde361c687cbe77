import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { SingleSelect } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../shared/api/hooks';
import type { Language } from '../../../shared/i18n/i18n';
import { NeedWizardMunicipalitiesQuery, NeedWizardMunicipalityQuery } from './need-wizard.documents';
import { useDebouncedValue } from './use-debounced-value';
import { ids } from './wizard-state';

interface MunicipalityItem {
  uniqueItemId: string;
  labelText: string;
}

function name(municipality: { nameFi: string; nameSv: string }, language: Language): string {
  return language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi;
}

/**
 * The design system's SingleSelect keeps `aria-controls` pointing at its list, and
 * `aria-activedescendant` at the last option, also while the list is closed and not in the page:
 * references to nothing, which assistive technology cannot follow (axe: aria-valid-attr-value).
 * This keeps both pointing only at what exists. A shared fix belongs in the design-system layer.
 */
function useNoDanglingReferences(inputId: string) {
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!input) return;
    const listId = `${inputId}-popover`;
    const tidy = () => {
      if (document.getElementById(listId)) {
        if (input.getAttribute('aria-controls') !== listId) input.setAttribute('aria-controls', listId);
      } else if (input.hasAttribute('aria-controls')) {
        input.removeAttribute('aria-controls');
      }
      const active = input.getAttribute('aria-activedescendant');
      if (active && !document.getElementById(active)) input.setAttribute('aria-activedescendant', '');
    };
    tidy();
    const observer = new MutationObserver(tidy);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-controls', 'aria-activedescendant'] });
    return () => observer.disconnect();
  }, [inputId]);
}

/** The municipality of the work: type part of its name (Finnish or Swedish) and pick it from the list. */
export function MunicipalityPicker({
  code,
  onChange,
  language,
  problem,
}: {
  code: string;
  onChange: (code: string) => void;
  language: Language;
  problem: string | undefined;
}) {
  const { t } = useTranslation('needWizard');
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 300);
  const list = useApiQuery(NeedWizardMunicipalitiesQuery, { search: search || null, first: 100 }, { placeholderData: keepPreviousData });
  const selected = useApiQuery(NeedWizardMunicipalityQuery, { code }, { enabled: code !== '' });
  useNoDanglingReferences(ids.municipality);

  const selectedItem: MunicipalityItem | null =
    code !== '' ? { uniqueItemId: code, labelText: selected.data ? name(selected.data.municipality, language) : code } : null;
  const items = useMemo(() => {
    const found = (list.data?.municipalities.edges ?? []).map(({ node }) => ({ uniqueItemId: node.code, labelText: name(node, language) }));
    return selectedItem && !found.some((item) => item.uniqueItemId === selectedItem.uniqueItemId) ? [selectedItem, ...found] : found;
  }, [list.data, language, selectedItem]);

  return (
    <SingleSelect<MunicipalityItem>
      id={ids.municipality}
      labelText={t('place.municipalityLabel')}
      hintText={t('place.municipalityHint')}
      clearButtonLabel={t('place.clearMunicipality')}
      noItemsText={t('place.noMunicipalities')}
      ariaOptionsAvailableTextFunction={(count) => t('place.municipalitiesAvailable', { count })}
      items={items}
      selectedItem={selectedItem}
      onItemSelect={(id) => onChange(id ?? '')}
      onChange={setTyped}
      loading={list.isFetching}
      loadingText={t('place.loadingMunicipalities')}
      status={problem ? 'error' : 'default'}
      statusText={problem}
    />
  );
}
