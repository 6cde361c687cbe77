import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SingleSelect } from 'suomifi-ui-components';
import { useApiQuery } from '../api/hooks';
import { isLanguage, type Language } from '../i18n/i18n';
import { MunicipalityNameQuery, MunicipalityOptionsQuery } from './municipality.documents';
import { useSelectOnlyWhileFocused, useValidComboboxReferences } from './single-select';

interface Item {
  uniqueItemId: string;
  labelText: string;
}

export interface MunicipalityPickerTexts {
  label: string;
  hint?: string;
  placeholder?: string;
  clear: string;
  noItems: string;
  loading: string;
  /** Announced when the list changes, e.g. "12 kuntaa". */
  available: (count: number) => string;
}

/** A municipality's name in the chosen language (Swedish where it has one, otherwise Finnish). */
export function municipalityName(municipality: { nameFi: string; nameSv?: string | null }, language: Language): string {
  return language === 'sv' && municipality.nameSv ? municipality.nameSv : municipality.nameFi;
}

/**
 * Picks one of Finland's municipalities by typing part of its Finnish or Swedish name. The list is
 * asked for only when the person starts using the picker, 100 names at a time.
 */
export function MunicipalityPicker({
  id,
  code,
  onChange,
  texts,
  fallbackName,
  statusText,
  testId,
}: {
  id: string;
  code: string | null;
  onChange: (code: string | null) => void;
  texts: MunicipalityPickerTexts;
  /** A name to show for the chosen code before its own query answers (e.g. from facets). */
  fallbackName?: (code: string) => string | undefined;
  /** An error under the field. */
  statusText?: string;
  testId?: string;
}) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const [active, setActive] = useState(false);
  const [search, setSearch] = useState('');
  useValidComboboxReferences(id);
  useSelectOnlyWhileFocused(id);
  const options = useApiQuery(
    MunicipalityOptionsQuery,
    { search: search.trim() || null },
    { enabled: active, staleTime: Infinity, placeholderData: keepPreviousData },
  );
  const chosen = useApiQuery(MunicipalityNameQuery, { code: code ?? '' }, { enabled: code !== null && code !== '', staleTime: Infinity });

  const items = useMemo(
    () => (options.data?.municipalities.edges ?? []).map(({ node }) => ({ uniqueItemId: node.code, labelText: municipalityName(node, language) })),
    [options.data, language],
  );
  const label = code
    ? (items.find((item) => item.uniqueItemId === code)?.labelText ??
      (chosen.data?.municipality.code === code ? municipalityName(chosen.data.municipality, language) : (fallbackName?.(code) ?? code)))
    : null;
  const selectedItem = useMemo(() => (code && label ? { uniqueItemId: code, labelText: label } : null), [code, label]);
  // The chosen one stays in the list, so that the input shows its name once it is known.
  const allItems = useMemo(
    () => (selectedItem && !items.some((item) => item.uniqueItemId === selectedItem.uniqueItemId) ? [selectedItem, ...items] : items),
    [items, selectedItem],
  );

  return (
    <div onFocus={() => setActive(true)} onMouseEnter={() => setActive(true)}>
      <SingleSelect<Item>
        id={id}
        labelText={texts.label}
        hintText={texts.hint}
        visualPlaceholder={texts.placeholder}
        clearButtonLabel={texts.clear}
        noItemsText={texts.noItems}
        ariaOptionsAvailableTextFunction={texts.available}
        loading={options.isFetching}
        loadingText={texts.loading}
        items={allItems}
        selectedItem={selectedItem}
        onItemSelect={(selected) => onChange(selected)}
        onChange={setSearch}
        debounce={250}
        status={statusText ? 'error' : 'default'}
        statusText={statusText}
        fullWidth
        data-testid={testId}
      />
    </div>
  );
}
