import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SingleSelect } from 'suomifi-ui-components';
import { useApiQuery } from '../../shared/api/hooks';
import { placeName, useServiceLabels } from './labels';
import { ServiceMunicipalityOptionsQuery, ServiceMunicipalityQuery } from './services.documents';

/**
 * Picks one of Finland's municipalities by typing part of its Finnish or Swedish name. The list
 * is asked for only when the person starts using the picker, 100 names at a time.
 */
export function MunicipalityPicker({ code, onChange }: { code: string | null; onChange: (code: string | null) => void }) {
  const { t } = useTranslation('services');
  const labels = useServiceLabels();
  const language = labels.language;
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // suomifi-ui-components 18: the input's aria-controls names a list that exists only while it
  // is open, which axe reports as invalid. Saying that the input pops up a listbox (true, and
  // allowed on a text box) makes the closed state valid. React never sets this attribute.
  useEffect(() => {
    input.current?.setAttribute('aria-haspopup', 'listbox');
  });
  const [search, setSearch] = useState('');
  const options = useApiQuery(
    ServiceMunicipalityOptionsQuery,
    { search: search.trim() || null },
    { enabled: active, staleTime: Infinity, placeholderData: keepPreviousData },
  );
  const chosen = useApiQuery(ServiceMunicipalityQuery, { code: code ?? '' }, { enabled: code !== null, staleTime: Infinity });

  const items = useMemo(
    () => (options.data?.municipalities.edges ?? []).map(({ node }) => ({ uniqueItemId: node.code, labelText: placeName(node, language) })),
    [options.data, language],
  );
  // The chosen place's name: from the list, from its own query (a shared link) or from the areas.
  const label = code
    ? (items.find((item) => item.uniqueItemId === code)?.labelText ??
      (chosen.data?.municipality.code === code ? placeName(chosen.data.municipality, language) : labels.municipality(code)))
    : null;
  const selectedItem = useMemo(() => (code && label ? { uniqueItemId: code, labelText: label } : null), [code, label]);
  // A new list whenever the chosen name changes, so that the input shows the name once it is known.
  const allItems = useMemo(
    () => (selectedItem && !items.some((item) => item.uniqueItemId === selectedItem.uniqueItemId) ? [selectedItem, ...items] : [...items]),
    [items, selectedItem],
  );

  return (
    <div onFocus={() => setActive(true)} onMouseEnter={() => setActive(true)}>
      <SingleSelect
        labelText={t('place.municipality')}
        hintText={t('place.municipalityHint')}
        visualPlaceholder={t('place.placeholder')}
        clearButtonLabel={t('place.clear')}
        noItemsText={t('place.noItems')}
        ariaOptionsAvailableTextFunction={(count) => t('place.options', { count })}
        loading={options.isFetching}
        loadingText={t('place.loading')}
        items={allItems}
        selectedItem={selectedItem}
        onItemSelect={(id) => onChange(id)}
        onChange={setSearch}
        debounce={250}
        fullWidth
        forwardedRef={input as RefObject<HTMLInputElement>}
        data-testid="municipality-picker"
      />
    </div>
  );
}
