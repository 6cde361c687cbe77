import { listFormat } from '../../shared/format/format';
import { MunicipalityName, useEmploymentAreaNames } from '../open-needs/PlaceName';
import { useModerationText } from './moderation-text';

/** Where a service is available, in words: the whole country, or its areas and municipalities by name. */
export function Coverage({ coverage }: { coverage: { national: boolean; employmentAreaIds: readonly string[]; municipalityCodes: readonly string[] } }) {
  const { t, language } = useModerationText();
  const areaName = useEmploymentAreaNames();
  if (coverage.national) return <>{t('coverage.national')}</>;
  const areas = coverage.employmentAreaIds.map((id) => areaName(id, t('coverage.unknownArea')).name);
  const parts: React.ReactNode[] = [];
  if (areas.length > 0) parts.push(<span key="areas">{t('coverage.areas', { areas: listFormat(language).format(areas) })}</span>);
  if (coverage.municipalityCodes.length > 0)
    parts.push(
      <span key="municipalities">
        {parts.length > 0 ? '; ' : ''}
        {t('coverage.municipalities')}{' '}
        {coverage.municipalityCodes.map((code, index) => (
          <span key={code}>
            {index > 0 ? ', ' : ''}
            <MunicipalityName code={code} fallback={t('coverage.unknownMunicipality')} />
          </span>
        ))}
      </span>,
    );
  return parts.length > 0 ? <>{parts}</> : <>{t('coverage.none')}</>;
}
