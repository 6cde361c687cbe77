import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { useAppConfig } from '../../shared/api/app-config';
import { completeOidcSignIn } from '../../shared/auth/oidc';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';

/** The identity provider sends the person back here with a code; the token replaces it. */
export default function OidcCallbackPage() {
  const { t } = useTranslation('signin');
  const config = useAppConfig();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (!config.data?.oidc || started.current) return;
    started.current = true;
    completeOidcSignIn(config.data.oidc)
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch(() => setFailed(true));
  }, [config.data, navigate]);
  return (
    <Page title={t('callback.title')}>
      {failed || config.error ? (
        <InlineAlert status="error">{t('oidc.failed')}</InlineAlert>
      ) : (
        <Loading label={t('callback.working')} />
      )}
    </Page>
  );
}
