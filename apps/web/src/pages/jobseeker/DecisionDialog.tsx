import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../shared/errors/api-error';
import { ConfirmDialog } from '../needs/ConfirmDialog';

/** A calm sentence for a failed answer, revocation or erasure: never the server's own text. */
export function useDecisionErrorText() {
  const { t } = useTranslation('jobseeker');
  return (error: unknown): string => {
    const apiError = asApiError(error);
    if (apiError.reason === 'SHARE_REQUEST_EXPIRED') return t('errors.expired');
    if (apiError.reason === 'SHARE_REQUEST_CLOSED') return t('errors.closed');
    if (apiError.kind === 'notFound') return t('errors.notFound');
    if (apiError.kind === 'tooManyRequests') return t('errors.tooManyRequests');
    if (apiError.kind === 'network') return t('errors.network');
    return t('errors.server');
  };
}

/**
 * One decision of the jobseeker: the shared ConfirmDialog (stays mounted, toggles `visible`) with
 * the children saying what follows, and the jobseeker's own failure sentences inside it.
 */
export function DecisionDialog({
  children,
  testId,
  ...decision
}: {
  visible: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
  testId: string;
}) {
  const errorText = useDecisionErrorText();
  return (
    <ConfirmDialog {...decision} testId={testId} errorText={errorText}>
      {children}
    </ConfirmDialog>
  );
}
