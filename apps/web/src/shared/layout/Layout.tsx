import { Suspense, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  LanguageMenu,
  LanguageMenuItem,
  RouterLink,
  ServiceNavigation,
  ServiceNavigationItem,
  SkipLink,
} from 'suomifi-ui-components';
import { IconAlert } from 'suomifi-icons';
import { useAuth } from '../auth/auth-context';
import { useApiQuery } from '../api/hooks';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '../i18n/i18n';
import { UnreadCountQuery } from './layout.documents';
import { selectedItem, visibleItems } from './navigation';
import { LoadingPage } from './LoadingPage';

/** Each language by its own name, whichever language's texts are loaded. */
const AUTONYMS: Record<Language, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

function LanguageChooser() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (
    <LanguageMenu buttonText={current.toUpperCase()} aria-label={t('layout.languageMenu', { language: t(`languages.${current}`) })}>
      {LANGUAGES.map((language) => (
        <LanguageMenuItem key={language} lang={language} selected={language === current} onSelect={() => void changeLanguage(language)}>
          {AUTONYMS[language]} ({language.toUpperCase()})
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}

function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useApiQuery(UnreadCountQuery, undefined, { refetchInterval: 30_000 });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <RouterLink asComponent={Link} to="/notifications" className="bell" data-testid="notification-bell">
      <IconAlert aria-hidden="true" className="bell-icon" /> {t('layout.notifications')}{' '}
      <span className="badge" aria-label={t('layout.unreadCount', { count })}>
        {count}
      </span>
    </RouterLink>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  if (!auth.session) {
    return (
      <RouterLink asComponent={Link} to="/signin">
        {t('layout.signIn')}
      </RouterLink>
    );
  }
  return (
    <div className="user-menu">
      <NotificationBell />
      <span className="user-name" data-testid="signed-in-user">
        {auth.me?.displayName ?? ''}
      </span>
      {auth.organizations.length > 1 ? (
        <Dropdown
          labelText={t('layout.actingFor')}
          visualPlaceholder={t('layout.chooseOrganization')}
          value={auth.organization?.id ?? ''}
          onChange={(id) => auth.chooseOrganization(id)}
          className="org-picker"
        >
          {auth.organizations.map((organization) => (
            <DropdownItem key={organization.id} value={organization.id}>
              {organization.name}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : auth.organization ? (
        <span className="org-name" data-testid="current-organization">
          {auth.organization.name}
        </span>
      ) : null}
      <Button
        variant="secondaryNoBorder"
        onClick={() => {
          auth.signOut();
          navigate('/');
        }}
      >
        {t('layout.signOut')}
      </Button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const items = visibleItems(auth.roles, auth.session !== null);
  const selected = selectedItem(items, location.pathname);
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="site-header-top">
          <RouterLink asComponent={Link} to="/" className="service-name">
            <span className="logo" aria-hidden="true">
              Y
            </span>
            {t('layout.serviceName')}
            <span className="service-tagline">{t('layout.tagline')}</span>
          </RouterLink>
          <div className="site-header-tools">
            <LanguageChooser />
            <UserMenu />
          </div>
        </div>
        <div className="main-nav-frame">
        <ServiceNavigation aria-label={t('layout.mainNavigation')} className="main-nav">
          {items.map((item) => (
            <ServiceNavigationItem key={item.to} selected={item === selected}>
              <RouterLink asComponent={Link} to={item.to} aria-current={item === selected ? 'page' : undefined}>
                {t(item.label)}
              </RouterLink>
            </ServiceNavigationItem>
          ))}
        </ServiceNavigation>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingPage />}>{children}</Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
        <p>
          {/* White on the brand colour, as the footer's text. */}
          <Link to="/insights" style={{ color: 'inherit', textDecoration: 'underline' }}>
            {t('insights:nav.public')}
          </Link>
          {' · '}
          {/* A static page of its own (npm run eval:matching -- --report), in Finnish. */}
          <a href="/matching-quality.html" hrefLang="fi" style={{ color: 'inherit', textDecoration: 'underline' }}>
            {t('layout.matchingQuality')}
          </a>
        </p>
        <p className="attribution">{t('layout.escoAttribution')}</p>
      </footer>
    </>
  );
}
