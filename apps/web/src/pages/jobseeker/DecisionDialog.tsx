import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { asApiError } from '../../shared/errors/api-error';

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
 * The design system's modal for one decision of the jobseeker: what follows from it, then
 * confirm or cancel. A failure shows inside the dialog so the person can try again or cancel.
 */
export function DecisionDialog({
  visible,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  error,
  testId,
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
  const { t } = useTranslation('common');
  const errorText = useDecisionErrorText();
  const titleId = useId();
  return (
    <Modal visible={visible} appElementId="root" onEscKeyDown={onCancel} ariaLabelledBy={titleId}>
      <ModalContent data-testid={testId}>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        {children}
        {error ? (
          <InlineAlert status="error" role="alert" mt="m">
            {errorText(error)}
          </InlineAlert>
        ) : null}
      </ModalContent>
      <ModalFooter>
        <Button onClick={onConfirm} disabled={busy} data-testid={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
