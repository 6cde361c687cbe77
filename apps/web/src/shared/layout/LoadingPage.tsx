import { LoadingSpinner } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <LoadingSpinner status="loading" text={label ?? t('status.loading')} textAlign="right" variant="small" />
    </div>
  );
}

export function LoadingPage() {
  return (
    <div className="page">
      <Loading />
    </div>
  );
}
