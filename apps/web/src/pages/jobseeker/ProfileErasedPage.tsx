import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth/auth-context';
import { Page } from '../../shared/layout/Page';
import type { ErasureReport } from './MyDataPage';
import './jobseeker.css';

function isReport(value: unknown): value is ErasureReport {
  return typeof value === 'object' && value !== null && typeof (value as ErasureReport).candidaciesKept === 'number';
}

/**
 * What the erasure did, shown after it (public: when the account went too, the person is signed
 * out). Opened without a result, the page only says where erasure is done.
 */
export default function ProfileErasedPage() {
  const { t } = useTranslation('jobseeker');
  const state = useLocation().state as { report?: unknown } | null;
  const report = isReport(state?.report) ? state.report : null;
  const { session, signOut } = useAuth();
  // The account is gone with the profile: its session ends here, on a page that needs none.
  const signOutNow = Boolean(report?.accountDeleted && session);
  useEffect(() => {
    if (signOutNow) signOut();
  }, [signOutNow, signOut]);
  if (!report) {
    return (
      <Page title={t('erased.title')}>
        <Paragraph mb="m">{t('erased.noResult')}</Paragraph>
        <RouterLink asComponent={Link} to="/jobseeker/data">
          {t('erased.toMyData')}
        </RouterLink>
      </Page>
    );
  }
  return (
    <Page title={t('erased.title')}>
      <InlineAlert status="neutral" labelText={t('erased.doneHeading')} data-testid="erasure-result">
        {t('erased.done')}
      </InlineAlert>
      <Heading variant="h2" mt="l" mb="s">
        {t('erased.whatHappened')}
      </Heading>
      <ul className="jobseeker-bullets" data-testid="erasure-details">
        <li>{t('erased.removed')}</li>
        <li>{t('erased.kept', { count: report.candidaciesKept })}</li>
        <li>{t('erased.audit')}</li>
        <li>{report.accountDeleted ? t('erased.accountDeleted') : t('erased.accountKept')}</li>
      </ul>
      <RouterLink asComponent={Link} to="/">
        {t('erased.home')}
      </RouterLink>
    </Page>
  );
}
