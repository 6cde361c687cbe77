import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Heading, LinkList, LinkListItem, Paragraph, RouterLink, SearchInput } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth/auth-context';
import { Page } from '../../shared/layout/Page';
import { searchHref } from '../services/search-state';
import './home.css';

/** Categories people look for most, as quick links into the service search. */
export const POPULAR_CATEGORIES = ['PAY_SUBSIDY', 'WORK_TRIAL', 'JOB_COACHING', 'APPRENTICESHIP', 'RECRUITMENT_TRAINING', 'ACCOMMODATION_ADVICE'] as const;

interface AudienceLink {
  to: string;
  label: string;
  /** Only for visitors who have not signed in. */
  signIn?: boolean;
}

function Audience({ id, links }: { id: 'employers' | 'providers' | 'coordinators'; links: AudienceLink[] }) {
  const { t } = useTranslation('home');
  const { session } = useAuth();
  const shown = links.filter((link) => !link.signIn || !session);
  return (
    <section className="card home-audience" aria-labelledby={`home-${id}`} data-testid={`home-${id}`}>
      <Heading variant="h2" id={`home-${id}`} mb="s">
        {t(`${id}.heading`)}
      </Heading>
      <Paragraph mb="m">{t(`${id}.text`)}</Paragraph>
      {shown.length > 0 ? (
        <LinkList ariaLabelledBy={`home-${id}`}>
          {shown.map((link) => (
            <LinkListItem key={link.label}>
              <RouterLink asComponent={Link} to={link.to}>
                {t(link.label)}
              </RouterLink>
            </LinkListItem>
          ))}
        </LinkList>
      ) : null}
    </section>
  );
}

export default function HomePage() {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  const [text, setText] = useState('');

  return (
    <Page title={t('title')} lead={t('lead')}>
      <section className="home-search" aria-labelledby="home-search-heading">
        <Heading variant="h2" id="home-search-heading" mb="s">
          {t('search.heading')}
        </Heading>
        <div role="search" className="home-search-box">
          <SearchInput
            labelText={t('search.label')}
            visualPlaceholder={t('search.placeholder')}
            clearButtonLabel={t('search.clear')}
            searchButtonLabel={t('search.button')}
            value={text}
            onChange={setText}
            onSearch={(value) => navigate(searchHref({ q: value.trim() }))}
            fullWidth
            data-testid="home-search-input"
          />
        </div>
        <Heading variant="h3" id="home-popular-heading" mt="m" mb="xs">
          {t('search.popular')}
        </Heading>
        <ul className="home-popular" aria-labelledby="home-popular-heading">
          {POPULAR_CATEGORIES.map((code) => (
            <li key={code}>
              <RouterLink asComponent={Link} to={searchHref({ categories: [code] })}>
                {t(`categories.${code}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-audiences">
        <Audience
          id="employers"
          links={[
            { to: '/services', label: 'employers.services' },
            { to: '/open-needs', label: 'employers.openNeeds' },
            { to: '/advice', label: 'employers.advice' },
            { to: '/signin', label: 'employers.signIn', signIn: true },
          ]}
        />
        <Audience id="providers" links={[{ to: '/signin', label: 'providers.signIn', signIn: true }]} />
        <Audience id="coordinators" links={[{ to: '/signin', label: 'coordinators.signIn', signIn: true }]} />
      </div>
    </Page>
  );
}
