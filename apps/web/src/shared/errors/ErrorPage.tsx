import { Button, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { ApiError, asApiError } from './api-error';

type Kind = 'forbidden' | 'notFound';

/** A whole page that says the thing is not there or not for this person. */
export function ErrorPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(`errors.${kind}.title`)} – ${t('layout.serviceName')}`;
  }, [kind, t]);
  return (
    <div className="page" data-testid={`error-${kind}`}>
      <Heading variant="h1">{t(`errors.${kind}.title`)}</Heading>
      <Paragraph mb="m">{t(`errors.${kind}.text`)}</Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('errors.backHome')}
      </RouterLink>
    </div>
  );
}

/**
 * What a page shows when its data could not be loaded: forbidden and not-found as pages, a
 * network or server fault as a calm message with a retry — never a blank page or a stack trace.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const apiError = asApiError(error);
  if (apiError.kind === 'forbidden') return <ErrorPage kind="forbidden" />;
  if (apiError.kind === 'notFound') return <ErrorPage kind="notFound" />;
  const key = apiError.kind === 'network' ? 'network' : 'server';
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <Heading variant="h2">{t(`errors.${key}.title`)}</Heading>
      <Paragraph mb="s">{t(`errors.${key}.text`)}</Paragraph>
      {onRetry ? <Button onClick={onRetry}>{t('actions.retry')}</Button> : null}
    </div>
  );
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
