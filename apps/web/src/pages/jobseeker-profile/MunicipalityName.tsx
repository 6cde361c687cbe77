import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/api/hooks';
import { municipalityName } from '../../shared/forms/MunicipalityPicker';
import { MunicipalityNameQuery } from '../../shared/forms/municipality.documents';
import { isLanguage } from '../../shared/i18n/i18n';

/** A municipality's name in the chosen language (the names are cached per code); the code until it is known. */
export function MunicipalityName({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const { data } = useApiQuery(MunicipalityNameQuery, { code }, { staleTime: Infinity });
  return <>{data?.municipality ? municipalityName(data.municipality, isLanguage(i18n.language) ? i18n.language : 'fi') : code}</>;
}
