import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useApiMutation, useApiQuery } from '../../shared/api/hooks';
import { asApiError } from '../../shared/errors/api-error';
import { Loading } from '../../shared/layout/LoadingPage';
import { Page } from '../../shared/layout/Page';
import { AcceptCompanyInvitationMutation, CompanyInvitationQuery, DeclineCompanyInvitationMutation } from './company.documents';
import './company.css';

/**
 * The invited person opens the link: signed in with the invited address they see which company
 * invites them and in which role, and accept or decline. Anyone else is told only that there is
 * no open invitation for them.
 */
export default function InvitationPage() {
  const { t, i18n } = useTranslation('company');
  const { token = '' } = useParams();
  const query = useApiQuery(CompanyInvitationQuery, { token }, { enabled: token.length > 0 });
  const accept = useApiMutation(AcceptCompanyInvitationMutation, { invalidates: ['Me', 'EmployerCompany'] });
  const decline = useApiMutation(DeclineCompanyInvitationMutation, {});
  const [outcome, setOutcome] = useState<'accepted' | 'declined' | null>(null);
  const error = accept.error ?? decline.error;

  if (query.isPending && token.length > 0) {
    return (
      <Page title={t('invitation.title')}>
        <Loading />
      </Page>
    );
  }
  const invitation = query.data?.companyInvitation;
  if (!invitation) {
    return (
      <Page title={t('invitation.title')}>
        <InlineAlert status="warning" labelText={t('invitation.notFoundTitle')} data-testid="invitation-not-found">
          {t('invitation.notFound')}
        </InlineAlert>
      </Page>
    );
  }
  if (outcome === 'accepted') {
    return (
      <Page title={t('invitation.title')}>
        <Paragraph mb="m" data-testid="invitation-accepted">
          {t('invitation.accepted', { company: invitation.companyName })}
        </Paragraph>
        <RouterLink asComponent={Link} to="/company">
          {t('invitation.toCompany')}
        </RouterLink>
      </Page>
    );
  }
  if (outcome === 'declined') {
    return (
      <Page title={t('invitation.title')}>
        <Paragraph data-testid="invitation-declined">{t('invitation.declined', { company: invitation.companyName })}</Paragraph>
      </Page>
    );
  }
  const expiresAt = new Date(invitation.expiresAt);
  return (
    <Page title={t('invitation.title')} lead={t('invitation.lead', { company: invitation.companyName, role: t(`roles.${invitation.role}`) })}>
      <Paragraph mb="s">{t(`roleHints.${invitation.role}`)}</Paragraph>
      <Paragraph mb="s">{t('invitation.validUntil', { date: new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'numeric', year: 'numeric' }).format(expiresAt) })}</Paragraph>
      {error ? (
        <InlineAlert status="error" role="alert" data-testid="invitation-error">
          {asApiError(error).reason === 'INVITATION_EXPIRED' ? t('invitation.expired') : t('invitation.notFound')}
        </InlineAlert>
      ) : null}
      <div className="invitation-actions">
        <Button disabled={accept.isPending || decline.isPending} onClick={() => accept.mutate({ token }, { onSuccess: () => setOutcome('accepted') })}>
          {t('invitation.accept')}
        </Button>
        <Button
          variant="secondary"
          disabled={accept.isPending || decline.isPending}
          onClick={() => decline.mutate({ token }, { onSuccess: () => setOutcome('declined') })}
        >
          {t('invitation.decline')}
        </Button>
      </div>
    </Page>
  );
}
