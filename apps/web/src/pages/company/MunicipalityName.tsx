import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/api/hooks';
import { MunicipalityNameQuery } from '../../shared/forms/municipality.documents';

/** A municipality's name in Swedish for Swedish readers, otherwise in Finnish; its code while loading. */
export function MunicipalityName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const { data } = useApiQuery(MunicipalityNameQuery, { code }, { staleTime: 60 * 60_000 });
  const municipality = data?.municipality;
  if (!municipality) return <>{code}</>;
  return <>{i18n.language === 'sv' ? municipality.nameSv || municipality.nameFi : municipality.nameFi}</>;
}
