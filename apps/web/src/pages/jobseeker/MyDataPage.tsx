import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { IconDownload, IconRemove } from 'suomifi-icons';
import type { EraseMyJobseekerProfileMutation as ErasureResult } from '../../gql/graphql';
import { request } from '../../shared/api/client';
import { useApiMutation } from '../../shared/api/hooks';
import { asApiError, type ApiError } from '../../shared/errors/api-error';
import { Page } from '../../shared/layout/Page';
import { DecisionDialog, useDecisionErrorText } from './DecisionDialog';
import { EraseMyJobseekerProfileMutation, MyPersonalDataExportQuery } from './jobseeker.documents';
import { exportFileName, exportSummary } from './share-requests';
import './jobseeker.css';

export type ErasureReport = ErasureResult['eraseMyJobseekerProfile'];

/** Hands the text to the browser as a file download. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click returns; the address is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Bullets({ items, testId }: { items: string[]; testId?: string }) {
  return (
    <ul className="jobseeker-bullets" data-testid={testId}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function ExportSection() {
  const { t } = useTranslation('jobseeker');
  const errorText = useDecisionErrorText();
  const [status, setStatus] = useState('');
  // Each download is a fresh read (and audited as an export), never a cached copy.
  const download = useMutation<string, ApiError>({
    mutationFn: async () => (await request(MyPersonalDataExportQuery)).myPersonalDataExport,
    onSuccess: (json) => {
      const name = exportFileName(t('myData.export.filePrefix'));
      saveFile(name, json);
      const summary = exportSummary(json);
      setStatus(summary ? t('myData.export.done', { name, ...summary }) : t('myData.export.doneShort', { name }));
    },
  });
  const noProfile = download.error && asApiError(download.error).kind === 'notFound';
  return (
    <section aria-labelledby="my-data-export" className="jobseeker-section card">
      <Heading variant="h2" id="my-data-export" mb="s">
        {t('myData.export.heading')}
      </Heading>
      <Paragraph mb="s">{t('myData.export.text')}</Paragraph>
      <Bullets items={t('myData.export.contents', { returnObjects: true }) as string[]} />
      <Paragraph mb="m">{t('myData.export.care')}</Paragraph>
      <Button
        icon={<IconDownload />}
        onClick={() => {
          setStatus('');
          download.mutate();
        }}
        disabled={download.isPending}
        data-testid="my-data-download"
      >
        {download.isPending ? t('myData.export.preparing') : t('myData.export.button')}
      </Button>
      <div role="status" className="jobseeker-status-message" data-testid="my-data-download-status">
        {status}
      </div>
      {download.error ? (
        <InlineAlert status="error" role="alert" mt="s">
          {noProfile ? t('myData.noProfile') : errorText(download.error)}
        </InlineAlert>
      ) : null}
    </section>
  );
}

function ErasureSection() {
  const { t } = useTranslation('jobseeker');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<ErasureReport | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [missingConfirmation, setMissingConfirmation] = useState(false);
  // Nothing is refetched afterwards: the profile, and perhaps the account, are gone.
  const erase = useApiMutation(EraseMyJobseekerProfileMutation, { invalidates: [] });
  const noProfile = erase.error && asApiError(erase.error).kind === 'notFound';

  const close = () => {
    setOpen(false);
    setUnderstood(false);
    setMissingConfirmation(false);
    erase.reset();
  };
  const confirm = () => {
    if (!understood) {
      setMissingConfirmation(true);
      return;
    }
    erase.mutate(
      { confirm: true },
      {
        onSuccess: ({ eraseMyJobseekerProfile: result }) => {
          setOpen(false);
          setReport(result);
        },
      },
    );
  };

  // To the result once the dialog has closed (an open modal must not be unmounted: it would leave
  // the next page hidden from assistive technology). The result page is public and ends the
  // session itself when the account went too: ending it here would send this page to sign-in.
  useEffect(() => {
    if (!report || open) return undefined;
    const timer = setTimeout(() => navigate('/jobseeker/data/erased', { replace: true, state: { report } }), 0);
    return () => clearTimeout(timer);
  }, [report, open, navigate]);

  return (
    <section aria-labelledby="my-data-erase" className="jobseeker-section card">
      <Heading variant="h2" id="my-data-erase" mb="s">
        {t('myData.erase.heading')}
      </Heading>
      <Paragraph mb="s">{t('myData.erase.text')}</Paragraph>
      <Heading variant="h3" mb="xs">
        {t('myData.erase.removesHeading')}
      </Heading>
      <Bullets items={t('myData.erase.removes', { returnObjects: true }) as string[]} testId="erase-removes" />
      <Heading variant="h3" mb="xs">
        {t('myData.erase.keepsHeading')}
      </Heading>
      <Bullets items={t('myData.erase.keeps', { returnObjects: true }) as string[]} testId="erase-keeps" />
      <Paragraph mb="m">{t('myData.erase.downloadFirst')}</Paragraph>
      <Button variant="secondary" icon={<IconRemove />} onClick={() => setOpen(true)} data-testid="my-data-erase">
        {t('myData.erase.button')}
      </Button>
      <DecisionDialog
        visible={open}
        testId="erase-dialog"
        title={t('myData.erase.dialog.title')}
        confirmLabel={t('myData.erase.dialog.confirm')}
        onConfirm={confirm}
        onCancel={close}
        busy={erase.isPending}
        error={noProfile ? null : erase.error}
      >
        <Paragraph mb="s">{t('myData.erase.dialog.text')}</Paragraph>
        <Paragraph mb="m">{t('myData.erase.dialog.final')}</Paragraph>
        <Checkbox
          checked={understood}
          onClick={({ checkboxState }) => {
            setUnderstood(checkboxState);
            if (checkboxState) setMissingConfirmation(false);
          }}
          status={missingConfirmation ? 'error' : 'default'}
          statusText={missingConfirmation ? t('myData.erase.dialog.mustConfirm') : undefined}
          data-testid="erase-understood"
        >
          {t('myData.erase.dialog.understood')}
        </Checkbox>
        {noProfile ? (
          <InlineAlert status="error" role="alert" mt="m">
            {t('myData.noProfile')}
          </InlineAlert>
        ) : null}
      </DecisionDialog>
    </section>
  );
}

/** "My data": a copy of everything the platform holds about me, and erasure of my profile. */
export default function MyDataPage() {
  const { t } = useTranslation('jobseeker');
  return (
    <Page title={t('myData.title')} lead={<Paragraph>{t('myData.lead')}</Paragraph>}>
      <ExportSection />
      <ErasureSection />
    </Page>
  );
}
