import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Adjustment, Measure, NeedKind, OpenNeedDetailsQuery } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import type { ApiError } from '../../shared/errors/api-error';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatNumber, languageNames } from '../../shared/format/format';
import { isLanguage, type Language } from '../../shared/i18n/i18n';
import { LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { payRangeText } from '../needs/pay-range';
import { useListWords, type NeedHit } from './NeedCard';
import { Fact } from './NeedCardParts';
import { findNeedHit } from './needs-page';
import { OpenNeedDetailsQuery as OpenNeedDetailsDocument } from './openNeeds.documents';
import { useMunicipalityName } from './PlaceName';
import { TaskList } from './TaskList';
import './openNeeds.css';

type Need = OpenNeedDetailsQuery['need'];

/** Where "back" goes: the search the person came from (kept in the link's state), or the whole list. */
function useBackLink(): string {
  const location = useLocation();
  const search = (location.state as { search?: unknown } | null)?.search;
  return typeof search === 'string' && search ? `/open-needs?${search}` : '/open-needs';
}

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}

function KindChips({ kinds }: { kinds: readonly NeedKind[] }) {
  const { t } = useTranslation('openNeeds');
  return (
    <ul className="chips open-needs-chip-list" aria-label={t('card.kinds')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <StaticChip>{t(`vocabulary.needKind.${kind}`)}</StaticChip>
        </li>
      ))}
    </ul>
  );
}

/** The employer's inclusion choices as neutral statements in words. */
function Inclusion({ adjustments, measures, precision, anonymous }: { adjustments: readonly Adjustment[]; measures: readonly Measure[]; precision: boolean; anonymous?: boolean }) {
  const { t } = useTranslation('openNeeds');
  const words = useListWords();
  return (
    <section aria-labelledby="need-inclusion" className="open-needs-section">
      <Heading variant="h2" id="need-inclusion" mb="s">
        {t('need.inclusion')}
      </Heading>
      <dl className="open-needs-facts">
        <Fact term={t('need.adjustments')}>{adjustments.length ? words('adjustment', adjustments) : t('need.notMentioned')}</Fact>
        <Fact term={t('need.measures')}>{measures.length ? words('measure', measures) : t('need.notMentioned')}</Fact>
        <Fact term={t('need.precision')}>{t(precision ? 'need.yes' : 'need.notMentioned')}</Fact>
        {anonymous !== undefined ? <Fact term={t('need.anonymous')}>{t(anonymous ? 'need.anonymousYes' : 'need.notMentioned')}</Fact> : null}
      </dl>
      {precision ? <Paragraph mt="s">{t('need.precisionHint')}</Paragraph> : null}
    </section>
  );
}

function hoursText(t: (key: string, options?: Record<string, unknown>) => string, min: number | null | undefined, max: number | null | undefined): string | null {
  if (min != null && max != null) return min === max ? t('need.hoursExact', { hours: min }) : t('need.hoursRange', { min, max });
  if (min != null) return t('need.hoursMin', { min });
  if (max != null) return t('need.hoursMax', { max });
  return null;
}

function Lead({ company, place, remote }: { company?: string | null; place?: string; remote?: boolean }) {
  const { t } = useTranslation('openNeeds');
  const parts = [company, place, remote ? t('need.remoteShort') : null].filter((part): part is string => Boolean(part));
  return parts.length ? <Paragraph>{parts.join(' · ')}</Paragraph> : null;
}

/** Required or wished skills under their heading; ESCO labels are Finnish and marked so on other languages. */
function SkillGroup({ title, skills, language }: { title: string; skills: readonly { uri: string; label: string }[]; language: Language }) {
  if (skills.length === 0) return null;
  return (
    <>
      <Heading variant="h3" mb="xs">
        {title}
      </Heading>
      <ul>
        {skills.map((skill) => (
          <li key={skill.uri} lang={language === 'fi' ? undefined : 'fi'}>
            {skill.label}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The need in full, for someone the API lets open it. */
function NeedDetails({ need, companyName }: { need: Need; companyName?: string | null }) {
  const { t } = useTranslation('openNeeds');
  const language = useLanguage();
  const words = useListWords();
  const place = useMunicipalityName(need.municipalityCode);
  const back = useBackLink();
  const spokenLanguages = languageNames(language);
  const hours = hoursText(t, need.hoursMin, need.hoursMax);
  const pay = payRangeText(need, language, t, 'need.pay');
  const required = need.skills.filter((skill) => skill.required);
  const optional = need.skills.filter((skill) => !skill.required);
  const recorded = need.stageHistory[0]?.at;
  return (
    <Page title={need.title} lead={<Lead company={companyName} place={place} remote={need.remote} />}>
      <RouterLink asComponent={Link} to={back} className="open-needs-back">
        {t('need.back')}
      </RouterLink>
      <KindChips kinds={need.kinds} />

      <section aria-labelledby="need-description" className="open-needs-section">
        <Heading variant="h2" id="need-description" mb="s">
          {t('need.description')}
        </Heading>
        <Paragraph className="open-needs-description">{need.description}</Paragraph>
      </section>

      <section aria-labelledby="need-facts" className="open-needs-section">
        <Heading variant="h2" id="need-facts" mb="s">
          {t('need.facts')}
        </Heading>
        <dl className="open-needs-facts">
          <Fact term={t('need.kinds')}>{words('needKind', need.kinds)}</Fact>
          {need.occupationLabel ? <Fact term={t('need.occupation')}><span lang={language === 'fi' ? undefined : 'fi'}>{need.occupationLabel}</span></Fact> : null}
          <Fact term={t('need.place')}>{place || t('card.placeUnknown')}</Fact>
          <Fact term={t('need.remote')}>{t(need.remote ? 'need.yes' : 'need.no')}</Fact>
          {hours ? <Fact term={t('need.hours')}>{hours}</Fact> : null}
          {pay ? <Fact term={t('need.payLabel')}>{pay}</Fact> : null}
          <Fact term={t('need.partTime')}>{t(need.partTimePossible ? 'need.yes' : 'need.no')}</Fact>
          <Fact term={t('need.positions')}>{formatNumber(need.positions, language)}</Fact>
          {need.startDate ? <Fact term={t('need.startDate')}>{formatDate(need.startDate, language)}</Fact> : null}
          {need.durationMonths ? <Fact term={t('need.duration')}>{t('need.months', { count: need.durationMonths })}</Fact> : null}
          {need.languages.length ? (
            <Fact term={t('need.languages')}>
              <ul className="open-needs-plain-list">
                {need.languages.map((entry) => (
                  <li key={entry.language}>
                    {t('need.languageLevel', { language: spokenLanguages.of(entry.language) ?? entry.language, level: t(`vocabulary.languageLevel.${entry.level}`) })}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {need.drivingLicence ? <Fact term={t('need.drivingLicence')}>{t('need.drivingLicenceClass', { licence: need.drivingLicence })}</Fact> : null}
        </dl>
      </section>

      {need.skills.length ? (
        <section aria-labelledby="need-skills" className="open-needs-section">
          <Heading variant="h2" id="need-skills" mb="s">
            {t('need.skills')}
          </Heading>
          <SkillGroup title={t('need.requiredSkills')} skills={required} language={language} />
          <SkillGroup title={t('need.optionalSkills')} skills={optional} language={language} />
        </section>
      ) : null}

      <section aria-labelledby="need-tasks" className="open-needs-section">
        <Heading variant="h2" id="need-tasks" mb="s">
          {t('need.tasks')}
        </Heading>
        {need.tasks.length ? <Paragraph mb="m">{t('need.tasksIntro')}</Paragraph> : null}
        <TaskList tasks={need.tasks} />
      </section>

      <Inclusion adjustments={need.adjustmentsOffered} measures={need.measuresOpenTo} precision={need.openToPrecisionCapable} anonymous={need.anonymousRecruitment} />

      <p className="muted open-needs-dates">
        {recorded ? `${t('need.recorded', { date: formatDate(recorded, language) })} · ` : null}
        {t('card.updated', { date: formatDate(need.updatedAt, language) })}
        {' · '}
        {t('card.stage', { stage: t(`vocabulary.needStage.${need.stage}`) })}
        {' · '}
        {t('card.visibility', { visibility: t(`vocabulary.visibility.${need.visibility}`) })}
      </p>
    </Page>
  );
}

/** A load failure: not-found and forbidden are whole pages; anything else a calm message under the page's heading. */
function NeedError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation('openNeeds');
  if (error.kind === 'notFound' || error.kind === 'forbidden') return <ErrorState error={error} />;
  return (
    <Page title={t('title')}>
      <ErrorState error={error} onRetry={onRetry} />
    </Page>
  );
}

export default function OpenNeedPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const stateCompany = (location.state as { companyName?: unknown } | null)?.companyName;
  // `need(id)` opens an open PUBLIC need to anyone, and more to those who may see more.
  const details = useApiQuery(OpenNeedDetailsDocument, { id });
  const hit = useQuery<NeedHit | null, ApiError>({
    queryKey: ['SearchOpenNeeds', 'byId', id],
    queryFn: () => findNeedHit(id),
    // Search is asked only for the company name the need itself does not carry.
    enabled: typeof stateCompany !== 'string',
    staleTime: 60_000,
  });

  if (details.isPending) return <LoadingPage />;
  if (details.isError) return <NeedError error={details.error} onRetry={() => void details.refetch()} />;
  const companyName = typeof stateCompany === 'string' ? stateCompany : hit.data?.companyName;
  return <NeedDetails need={details.data.need} companyName={companyName} />;
}
