import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { asApiError } from '../../shared/errors/api-error';

/** A calm sentence for a failed change: what happened in words, never the server's own text. */
export function useMutationErrorText() {
  const { t } = useTranslation('needs');
  return (error: unknown): string => {
    const kind = asApiError(error).kind;
    if (kind === 'conflict' || kind === 'badInput') return t('errors.notAllowedNow');
    if (kind === 'forbidden') return t('errors.forbidden');
    if (kind === 'notFound') return t('errors.notFound');
    if (kind === 'network') return t('errors.network');
    return t('errors.server');
  };
}

/**
 * The design system's modal for one decision: a title, what follows from it, optional fields, and
 * confirm/cancel. A failure shows inside the dialog so the person can try again or cancel.
 */
export function ConfirmDialog({
  visible,
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  error,
  children,
  testId,
}: {
  visible: boolean;
  title: string;
  text: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('common');
  const errorText = useMutationErrorText();
  const titleId = useId();
  return (
    <Modal visible={visible} appElementId="root" onEscKeyDown={onCancel} ariaLabelledBy={titleId}>
      <ModalContent data-testid={testId}>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        <Paragraph mb="m">{text}</Paragraph>
        {children}
        {error ? (
          <InlineAlert status="error" role="alert" mt="m">
            {errorText(error)}
          </InlineAlert>
        ) : null}
      </ModalContent>
      <ModalFooter>
        <Button onClick={onConfirm} disabled={busy} data-testid={testId ? `${testId}-confirm` : undefined}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
