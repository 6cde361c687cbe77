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
 * confirm/cancel. A failure shows inside the dialog so the person can try again or cancel; a page
 * group with failures of its own passes `errorText` (the jobseeker's DecisionDialog does).
 * The modal stays mounted and only toggles `visible`.
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
  errorText,
}: {
  visible: boolean;
  title: string;
  /** What follows from the decision, as a paragraph; leave out when the children say it. */
  text?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
  children?: ReactNode;
  testId?: string;
  errorText?: (error: unknown) => string;
}) {
  const { t } = useTranslation('common');
  const mutationErrorText = useMutationErrorText();
  const describeError = errorText ?? mutationErrorText;
  const titleId = useId();
  return (
    <Modal visible={visible} appElementId="root" onEscKeyDown={onCancel} ariaLabelledBy={titleId}>
      <ModalContent data-testid={testId}>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        {text === undefined ? null : <Paragraph mb="m">{text}</Paragraph>}
        {children}
        {error ? (
          <InlineAlert status="error" role="alert" mt="m">
            {describeError(error)}
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
