import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Block, Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { Role } from '../../gql/graphql';
import { useAppConfig } from '../../shared/api/app-config';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { DevLoginMutation, DevUsersQuery } from '../../shared/auth/auth.documents';
import { signInWithOidc } from '../../shared/auth/oidc';
import { session } from '../../shared/auth/session';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';

/** Where to go after signing in: only paths of this application. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/signin') ? value : '/';
}

const ROLE_ORDER: Role[] = ['EMPLOYER_USER', 'PROVIDER_USER', 'COORDINATOR', 'AREA_ADMIN', 'JOBSEEKER', 'PLATFORM_ADMIN'];

/** Demo users grouped by their first role, employers first: the people this service is for. */
export function groupByRole<T extends { roles: Role[] }>(users: T[]): { role: Role; members: T[] }[] {
  const rank = (user: T) => Math.min(...user.roles.map((role) => ROLE_ORDER.indexOf(role)).filter((i) => i >= 0), ROLE_ORDER.length);
  return ROLE_ORDER.map((role, index) => ({ role, members: users.filter((user) => rank(user) === index) })).filter((group) => group.members.length > 0);
}

function DevUsers({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation('signin');
  const navigate = useNavigate();
  const users = useApiQuery(DevUsersQuery, undefined);
  const login = useApiMutation(DevLoginMutation, { invalidates: [] });
  const [pending, setPending] = useState<string | null>(null);
  if (users.isPending) return <Loading />;
  if (users.error) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <section aria-labelledby="dev-users-heading">
      <Heading variant="h2" id="dev-users-heading" mb="s">
        {t('devUsers.heading')}
      </Heading>
      <Paragraph mb="m">{t('devUsers.text')}</Paragraph>
      {groupByRole(users.data.devUsers).map(({ role, members }) => (
        <section key={role} aria-labelledby={`dev-role-${role}`} className="dev-role">
          <Heading variant="h3" id={`dev-role-${role}`} mb="xs">
            {t(`common:roles.${role}`)}
          </Heading>
          <ul className="dev-users">
            {members.map((user) => (
              <li key={user.email} className="dev-user">
                <Button
                  variant="secondary"
                  disabled={pending !== null}
                  aria-describedby={`dev-user-${user.email}`}
                  onClick={() => {
                    setPending(user.email);
                    login.mutate(
                      { email: user.email },
                      {
                        onSuccess: (data) => {
                          session.start(data.devLogin.token, 'dev');
                          navigate(returnTo, { replace: true });
                        },
                        onSettled: () => setPending(null),
                      },
                    );
                  }}
                >
                  {t('devUsers.signInAs', { name: user.displayName })}
                </Button>
                <span id={`dev-user-${user.email}`} className="dev-user-details">
                  {user.organizations.length > 0 ? `${user.organizations.join(', ')} · ` : ''}
                  {user.email}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {login.error ? <ErrorState error={login.error} /> : null}
    </section>
  );
}

export default function SignInPage() {
  const { t } = useTranslation('signin');
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const config = useAppConfig();
  const [oidcError, setOidcError] = useState(false);
  return (
    <Page title={t('title')}>
      {params.get('expired') ? (
        <InlineAlert status="warning" mb="m">
          {t('common:errors.sessionExpired')}
        </InlineAlert>
      ) : null}
      {config.isPending ? <Loading /> : null}
      {config.error ? <ErrorState error={config.error} onRetry={() => void config.refetch()} /> : null}
      {config.data?.oidc ? (
        <Block mb="xl">
          <Paragraph mb="s">{t('oidc.text')}</Paragraph>
          <Button
            onClick={() => {
              setOidcError(false);
              signInWithOidc(config.data.oidc!, returnTo).catch(() => setOidcError(true));
            }}
          >
            {t('oidc.button')}
          </Button>
          {oidcError ? (
            <InlineAlert status="error" mt="s">
              {t('oidc.failed')}
            </InlineAlert>
          ) : null}
        </Block>
      ) : null}
      {config.data?.devLogin ? <DevUsers returnTo={returnTo} /> : null}
      {config.data && !config.data.devLogin && !config.data.oidc ? <Paragraph>{t('unavailable')}</Paragraph> : null}
    </Page>
  );
}
