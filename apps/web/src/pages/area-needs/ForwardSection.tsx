import { useState } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { ErrorState } from '../../shared/errors/ErrorPage';
import { formatDateTime } from '../../shared/format/format';
import { fieldError, FormErrors } from '../../shared/forms/FormErrors';
import { Loading } from '../../shared/layout/LoadingPage';
import { AreaForwardNeedMutation, AreaNeedForwardsQuery, AreaNeedProvidersQuery } from './areaNeeds.documents';
import { useAreaNeedsText } from './area-needs-text';

/** The providers whose published services are available where the work is, by name, once each. */
function useProviders(municipalityCode: string | null) {
  const query = useApiQuery(AreaNeedProvidersQuery, { filter: municipalityCode ? { municipalityCode } : {} }, { staleTime: 5 * 60_000 });
  const byId = new Map<string, string>();
  for (const edge of query.data?.searchServices.edges ?? []) byId.set(edge.node.service.provider.id, edge.node.service.provider.name);
  const providers = [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  return { query, providers };
}

/** The warm hand-off: forward the need to a provider with a message, and the forwards made so far. */
export function ForwardSection({ needId, municipalityCode, open }: { needId: string; municipalityCode: string | null; open: boolean }) {
  const { t, language } = useAreaNeedsText();
  const forwards = useApiQuery(AreaNeedForwardsQuery, { needId });
  const { query: providerQuery, providers } = useProviders(municipalityCode);
  const [providerId, setProviderId] = useState('');
  const [message, setMessage] = useState('');
  const [missingProvider, setMissingProvider] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const forward = useApiMutation(AreaForwardNeedMutation, {
    invalidates: ['AreaNeedForwards'],
    onSuccess: (data) => {
      setSaved(t('forward.done', { provider: data.forwardNeed.providerName }));
      setProviderId('');
      setMessage('');
    },
  });
  const submit = () => {
    setSaved(null);
    if (!providerId) {
      setMissingProvider(true);
      return;
    }
    setMissingProvider(false);
    forward.mutate({ input: { needId, providerId, message: message.trim() || null } });
  };
  const providerProblem = missingProvider ? t('forward.providerRequired') : fieldError(forward.error, 'providerId');
  const messageProblem = fieldError(forward.error, 'message');
  const list = forwards.data?.needForwards ?? [];

  return (
    <section aria-labelledby="area-need-forwards-heading" className="needs-section">
      <Heading variant="h2" id="area-need-forwards-heading" mb="s">
        {t('forward.heading')}
      </Heading>
      <Paragraph mb="s">{t('forward.lead')}</Paragraph>
      {forwards.isPending ? (
        <Loading />
      ) : forwards.isError ? (
        <ErrorState error={forwards.error} onRetry={() => void forwards.refetch()} />
      ) : list.length === 0 ? (
        <Paragraph mb="m">{t('forward.none')}</Paragraph>
      ) : (
        <ul className="area-need-forwards" data-testid="area-need-forwards">
          {list.map((item) => (
            <li key={item.id} className="card">
              <strong>{item.providerName}</strong> – <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
              {item.message ? <p className="needs-quote">{item.message}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="needs-status" data-testid="forward-saved">
        {saved}
      </div>
      {open ? (
        <form
          className="area-need-forward"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          aria-labelledby="area-need-forward-form-heading"
        >
          <Heading variant="h3" id="area-need-forward-form-heading">
            {t('forward.formHeading')}
          </Heading>
          <FormErrors
            error={forward.error}
            fields={[
              { path: 'providerId', inputId: 'forward-provider', label: t('forward.provider') },
              { path: 'message', inputId: 'forward-message', label: t('forward.message') },
            ]}
          />
          {providerQuery.isError ? <ErrorState error={providerQuery.error} onRetry={() => void providerQuery.refetch()} /> : null}
          {providerQuery.isPending ? (
            <Loading label={t('forward.loadingProviders')} />
          ) : providers.length === 0 ? (
            <Paragraph data-testid="forward-no-providers">{t('forward.noProviders')}</Paragraph>
          ) : (
            <Dropdown
              id="forward-provider"
              labelText={t('forward.provider')}
              hintText={t('forward.providerHint')}
              visualPlaceholder={t('forward.chooseProvider')}
              value={providerId}
              onChange={(value) => {
                setProviderId(value);
                setMissingProvider(false);
              }}
              status={providerProblem ? 'error' : 'default'}
              statusText={providerProblem}
              fullWidth
            data-testid="forward-provider"
            >
              {providers.map((provider) => (
                <DropdownItem key={provider.id} value={provider.id}>
                  {provider.name}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          <Textarea
            id="forward-message"
            labelText={t('forward.message')}
            hintText={t('forward.messageHint')}
            optionalText={t('forward.optional')}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            status={messageProblem ? 'error' : 'default'}
            statusText={messageProblem}
            fullWidth
            data-testid="forward-message"
          />
          <div>
            <Button type="submit" disabled={forward.isPending || providers.length === 0} data-testid="forward-submit">
              {t('forward.submit')}
            </Button>
          </div>
        </form>
      ) : (
        <Paragraph>{t('forward.closed')}</Paragraph>
      )}
    </section>
  );
}
