import { useEffect, type ReactNode } from 'react';
import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

/**
 * Every page: its document title ("<title> – Y-TMT") and its one h1. The main landmark and the
 * skip-link target are in the layout.
 */
export function Page({ title, lead, actions, children }: { title: string; lead?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('layout.serviceName')}`;
  }, [title, t]);
  return (
    <div className="page">
      <div className="page-heading">
        <Heading variant="h1">{title}</Heading>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </div>
  );
}
