// Names of categories, target groups, employment areas, municipalities and languages in the
// chosen language. The lists are fetched once, in parallel with the search, and kept for the
// session: they change only when an administrator edits them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/api/hooks';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { languageNames } from '../../shared/format/format';
import { ServiceAreasQuery, ServiceTaxonomyQuery } from './services.documents';

const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

export interface TermLike {
  code: string;
  labelFi: string;
  labelSv?: string | null;
  labelEn?: string | null;
}

export interface PlaceLike {
  nameFi: string;
  nameSv?: string | null;
}

/** A taxonomy term's label in the language, Finnish when it has none. */
export function termLabel(term: TermLike, language: Language): string {
  if (language === 'sv' && term.labelSv) return term.labelSv;
  if (language === 'en' && term.labelEn) return term.labelEn;
  return term.labelFi;
}

/** A place's name: Swedish in Swedish when there is one, otherwise Finnish (also in English). */
export function placeName(place: PlaceLike, language: Language): string {
  return language === 'sv' && place.nameSv ? place.nameSv : place.nameFi;
}

/** A language's own name in the chosen language, e.g. `uk` → "ukraina". */
export function languageName(code: string, language: Language): string {
  try {
    return languageNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

export interface ServiceLabels {
  language: Language;
  /** The label of a category or target group code; `fallback` (the API's Finnish label) until the list is in. */
  term(code: string, fallback?: string): string;
  area(id: string, fallback?: string): string;
  municipality(code: string, fallback?: string): string;
  spokenLanguage(code: string): string;
}

export function useServiceLabels(): ServiceLabels {
  const language = useLanguage();
  const taxonomy = useApiQuery(ServiceTaxonomyQuery, undefined, FOREVER);
  const areas = useApiQuery(ServiceAreasQuery, undefined, FOREVER);
  return useMemo(() => {
    const terms = new Map((taxonomy.data?.taxonomyTerms ?? []).map((term) => [term.code, term]));
    const areaById = new Map((areas.data?.employmentAreas ?? []).map((area) => [area.id, area]));
    const municipalities = new Map((areas.data?.employmentAreas ?? []).flatMap((area) => area.municipalities.map((m) => [m.code, m] as const)));
    return {
      language,
      term: (code, fallback) => {
        const term = terms.get(code);
        return term ? termLabel(term, language) : (fallback ?? code);
      },
      area: (id, fallback) => {
        const area = areaById.get(id);
        return area ? placeName(area, language) : (fallback ?? '');
      },
      municipality: (code, fallback) => {
        const municipality = municipalities.get(code);
        return municipality ? placeName(municipality, language) : (fallback ?? code);
      },
      spokenLanguage: (code) => languageName(code, language),
    };
  }, [language, taxonomy.data, areas.data]);
}
