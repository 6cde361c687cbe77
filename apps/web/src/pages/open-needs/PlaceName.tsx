import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/api/hooks';
import { OpenNeedEmploymentAreasQuery, OpenNeedMunicipalityQuery } from './openNeeds.documents';

const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

/** A municipality's name in Swedish for a Swedish page, in Finnish otherwise; the code is never shown. */
export function useMunicipalityName(code: string | null | undefined, fallback?: string): string | undefined {
  const { i18n } = useTranslation();
  const { data } = useApiQuery(OpenNeedMunicipalityQuery, { code: code ?? '' }, { ...FOREVER, enabled: Boolean(code) });
  const municipality = data?.municipality;
  if (!municipality) return fallback;
  return i18n.language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi;
}

export function MunicipalityName({ code, fallback }: { code: string; fallback?: string }) {
  return <>{useMunicipalityName(code, fallback) ?? ''}</>;
}

/** Employment area names by id, in Swedish where the area has one; `lang` says when the name is Finnish on another page. */
export function useEmploymentAreaNames(): (id: string, fallback: string) => { name: string; lang?: string } {
  const { i18n } = useTranslation();
  const { data } = useApiQuery(OpenNeedEmploymentAreasQuery, undefined, FOREVER);
  const finnishOnPage = i18n.language === 'fi' ? undefined : 'fi';
  return (id, fallback) => {
    const area = data?.employmentAreas.find((a) => a.id === id);
    if (i18n.language === 'sv' && area?.nameSv) return { name: area.nameSv };
    return { name: area?.nameFi ?? fallback, lang: finnishOnPage };
  };
}
