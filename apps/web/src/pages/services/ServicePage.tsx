import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ExternalLink, Heading, Link as SuomifiLink, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { ServiceDetailQuery as ServiceDetailResult } from '../../gql/graphql';
import { useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDate, formatMoney } from '../../shared/format/format';
import type { Language } from '../../shared/i18n/i18n';
import { localize, type LocalizedText } from '../../shared/i18n/localized';
import { LoadingPage } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { useServiceLabels, type ServiceLabels } from './labels';
import { ServiceDetailQuery } from './services.documents';
import './services.css';

type Service = ServiceDetailResult['service'];

/** The HSDS 3.0 record of the service in the public open-data API. */
export function hsdsHref(id: string): string {
  return `/hsds/services/${encodeURIComponent(id)}`;
}

/** Text that exists only in Finnish: marked so that a screen reader reads it in Finnish. */
function Finnish({ children, language, block = false }: { children: ReactNode; language: Language; block?: boolean }) {
  const lang = language === 'fi' ? undefined : 'fi';
  return block ? (
    <Paragraph lang={lang} mb="s">
      {children}
    </Paragraph>
  ) : (
    <span lang={lang}>{children}</span>
  );
}

/** Localised content in the chosen language or, marked as such, in Finnish. */
function Localized({ text, language, as = 'p' }: { text: LocalizedText; language: Language; as?: 'p' | 'span' }) {
  const value = localize(text, language);
  if (!value.text) return null;
  const lang = value.fallback ? value.language : undefined;
  if (as === 'span') return <span lang={lang}>{value.text}</span>;
  return (
    <div lang={lang} className="services-prose">
      {value.text.split(/\n{2,}/).map((paragraph, index) => (
        <Paragraph key={index} mb="s">
          {paragraph}
        </Paragraph>
      ))}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`service-${id}`} className="services-section" data-testid={`section-${id}`}>
      <Heading variant="h2" id={`service-${id}`} mb="s">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A term–description list of the facts that have a value. */
function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="services-facts-list">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ages(service: Service, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  const { minimumAge: min, maximumAge: max } = service;
  if (min != null && max != null) return t('detail.ageRange', { min, max });
  if (min != null) return t('detail.ageMin', { min });
  if (max != null) return t('detail.ageMax', { max });
  return null;
}

function areaNames(service: Service, labels: ServiceLabels, national: string): string[] {
  if (service.coverage.national) return [national];
  return [
    ...service.coverage.employmentAreaIds.map((id) => labels.area(id)).filter(Boolean),
    ...service.coverage.municipalityCodes.map((code) => labels.municipality(code)),
  ];
}

export default function ServicePage() {
  const { t } = useTranslation('services');
  const { id = '' } = useParams();
  const location = useLocation();
  const labels = useServiceLabels();
  const language = labels.language;
  const query = useApiQuery(ServiceDetailQuery, { id }, { enabled: id !== '' });

  if (query.isPending) return <LoadingPage />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const service = query.data.service;
  const name = localize(service.name, language);
  const searchBack = (location.state as { search?: unknown } | null)?.search;
  const backTo = typeof searchBack === 'string' && searchBack.startsWith('?') ? `/services${searchBack}` : '/services';
  const ageText = ages(service, t);
  const places = areaNames(service, labels, t('detail.national'));

  return (
    <Page title={name.text} lead={<Localized text={service.summary} language={language} />}>
      <p className="services-back">
        <RouterLink asComponent={Link} to={backTo}>
          {searchBack ? t('detail.backToResults') : t('detail.toSearch')}
        </RouterLink>
      </p>
      {name.fallback ? (
        <p className="muted" data-testid="language-fallback">
          {t('common:languageFallback', { language: t(`common:languages.${name.language}`) })}
        </p>
      ) : null}

      <div className="services-detail">
        <div className="services-detail-main">
          <Section id="provider" title={t('detail.provider')}>
            <p className="services-provider-name" data-testid="service-provider">
              {service.provider.name}
            </p>
            <Facts
              items={[
                [t('detail.sector'), t(`sector.${service.provider.sector}`)],
                [t('detail.website'), service.provider.website ? <Website url={service.provider.website} /> : null],
              ]}
            />
          </Section>

          {localize(service.description, language).text ? (
            <Section id="description" title={t('detail.description')}>
              <Localized text={service.description} language={language} />
            </Section>
          ) : null}

          <Section id="audience" title={t('detail.forWhom')}>
            <Facts
              items={[
                [t('detail.audience'), t(`audience.${service.audience}`)],
                [
                  t('detail.targetGroups'),
                  service.targetGroups.length > 0 ? (
                    <ul className="services-inline-list">
                      {service.targetGroups.map((group) => (
                        <li key={group.code}>{labels.term(group.code, group.labelFi)}</li>
                      ))}
                    </ul>
                  ) : null,
                ],
                [t('detail.ages'), ageText],
                [t('detail.eligibility'), service.eligibilityFi ? <Finnish language={language}>{service.eligibilityFi}</Finnish> : null],
              ]}
            />
          </Section>

          {service.categories.length > 0 ? (
            <Section id="categories" title={t('detail.categories')}>
              <ul className="chips services-chips">
                {service.categories.map((category) => (
                  <li key={category.code}>
                    <StaticChip>{labels.term(category.code, category.labelFi)}</StaticChip>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          {service.howToTakePartFi || service.scheduleFi || service.capacity != null ? (
            <Section id="take-part" title={t('detail.howToTakePart')}>
              {service.howToTakePartFi ? (
                <Finnish language={language} block>
                  {service.howToTakePartFi}
                </Finnish>
              ) : null}
              <Facts
                items={[
                  [t('detail.schedule'), service.scheduleFi ? <Finnish language={language}>{service.scheduleFi}</Finnish> : null],
                  [t('detail.capacity'), service.capacity != null ? String(service.capacity) : null],
                ]}
              />
            </Section>
          ) : null}
        </div>

        <div className="services-detail-side">
          <Section id="cost" title={t('detail.cost')}>
            {service.isFree ? (
              <p data-testid="service-price">{t('cost.FREE')}</p>
            ) : (
              <div data-testid="service-price">
                {service.costOptions.length === 0 ? <p>{t('cost.PAID')}</p> : null}
                <ul className="services-plain-list">
                  {service.costOptions.map((option, index) => (
                    <li key={index}>
                      {option.amount != null ? <strong>{formatMoney(option.amount, language, option.currency ?? 'EUR')}</strong> : t('cost.PAID')}
                      {option.unit ? <Finnish language={language}> {option.unit}</Finnish> : null}
                      {option.descriptionFi ? (
                        <>
                          <br />
                          <Finnish language={language}>{option.descriptionFi}</Finnish>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Section>

          <Section id="where" title={t('detail.where')}>
            <Facts
              items={[
                [t('detail.areas'), places.length > 0 ? places.join(', ') : null],
                [t('detail.deliveryMode'), t(`deliveryMode.${service.deliveryMode}`)],
                [t('detail.languages'), service.languages.map((code) => labels.spokenLanguage(code)).join(', ')],
              ]}
            />
            {service.locations.length > 0 ? (
              <>
                <Heading variant="h3" mt="m" mb="xs">
                  {t('detail.locations')}
                </Heading>
                <ul className="services-plain-list">
                  {service.locations.map((place) => (
                    <li key={place.id} className="services-location">
                      {place.name ? (
                        <>
                          <Finnish language={language}>{place.name}</Finnish>
                          <br />
                        </>
                      ) : null}
                      <span lang={language === 'fi' ? undefined : 'fi'}>{place.streetAddress}</span>
                      <br />
                      {place.postalCode} {labels.municipality(place.municipalityCode)}
                      {place.accessibilityFi ? (
                        <p className="services-accessibility">
                          <strong>{t('detail.accessibility')}: </strong>
                          <Finnish language={language}>{place.accessibilityFi}</Finnish>
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          {service.phone || service.email || service.url ? (
            <Section id="contacts" title={t('detail.contacts')}>
              <Facts
                items={[
                  [t('detail.phone'), service.phone ? <SuomifiLink href={`tel:${service.phone.replace(/\s+/g, '')}`}>{service.phone}</SuomifiLink> : null],
                  [t('detail.email'), service.email ? <SuomifiLink href={`mailto:${service.email}`}>{service.email}</SuomifiLink> : null],
                  [t('detail.website'), service.url ? <Website url={service.url} /> : null],
                ]}
              />
            </Section>
          ) : null}

          <Section id="open-data" title={t('detail.openData')}>
            <Facts
              items={[
                [t('detail.updated'), formatDate(service.updatedAt, language)],
                [t('detail.published'), service.publishedAt ? formatDate(service.publishedAt, language) : null],
              ]}
            />
            <SuomifiLink href={hsdsHref(service.id)} data-testid="hsds-link">
              {t('detail.hsds')}
            </SuomifiLink>
          </Section>
        </div>
      </div>
    </Page>
  );
}

function Website({ url }: { url: string }) {
  const { t } = useTranslation('services');
  if (!/^https?:\/\//i.test(url)) return <span>{url}</span>;
  return (
    <ExternalLink href={url} labelNewWindow={t('detail.opensInNewWindow')} toNewWindow>
      {url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
    </ExternalLink>
  );
}
