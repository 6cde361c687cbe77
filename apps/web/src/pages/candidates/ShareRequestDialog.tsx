import { useEffect, useId, useState } from 'react';
import { Button, DateInput, InlineAlert, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, Textarea } from 'suomifi-ui-components';
import { fieldError } from '../../shared/forms/FormErrors';
import { useMutationErrorText } from '../needs/ConfirmDialog';
import { useCandidatesText } from './candidates-text';
import { deadlineInstant, defaultDeadline } from './share-deadline';

/** What the jobseeker is asked to share with the employer (as the API's share request says). */
const SHARED = ['firstName', 'lastName', 'email', 'phone'] as const;

/**
 * Asks the person behind a suggestion to share who they are with the employer: until when they
 * may answer, a message, and in plain words what sharing would reveal.
 */
export function ShareRequestDialog({
  label,
  visible,
  busy,
  error,
  onSend,
  onCancel,
}: {
  label: string;
  visible: boolean;
  busy: boolean;
  error: unknown;
  onSend: (deadline: string, message: string | null) => void;
  onCancel: () => void;
}) {
  const { t, language } = useCandidatesText();
  const errorText = useMutationErrorText();
  const titleId = useId();
  const [deadline, setDeadline] = useState(defaultDeadline());
  const [message, setMessage] = useState('');
  const [invalidDate, setInvalidDate] = useState(false);
  useEffect(() => {
    if (visible) {
      setDeadline(defaultDeadline());
      setMessage('');
      setInvalidDate(false);
    }
  }, [visible]);

  const deadlineProblem = invalidDate ? t('share.deadlineInvalid') : fieldError(error, 'deadline');
  const messageProblem = fieldError(error, 'message');
  const otherError = error && !deadlineProblem && !messageProblem ? errorText(error) : null;
  const send = () => {
    const instant = deadlineInstant(deadline);
    if (!instant || new Date(instant).getTime() < Date.now()) {
      setInvalidDate(true);
      return;
    }
    setInvalidDate(false);
    onSend(instant, message.trim() ? message.trim() : null);
  };

  return (
    <Modal visible={visible} appElementId="root" onEscKeyDown={onCancel} ariaLabelledBy={titleId}>
      <ModalContent data-testid="share-dialog">
        <ModalTitle id={titleId}>{t('share.title', { label })}</ModalTitle>
        <Paragraph mb="s">{t('share.lead')}</Paragraph>
        <p className="candidates-label">{t('share.whatShared')}</p>
        <ul className="needs-inline-list" data-testid="share-what">
          {SHARED.map((item) => (
            <li key={item}>{t(`share.fields.${item}`)}</li>
          ))}
        </ul>
        <Paragraph mt="s" mb="m">
          {t('share.notShared')}
        </Paragraph>
        <DateInput
          labelText={t('share.deadlineLabel')}
          hintText={t('share.deadlineHint')}
          datePickerEnabled
          language={language}
          value={deadline}
          onChange={({ value }) => {
            setDeadline(value);
            setInvalidDate(false);
          }}
          status={deadlineProblem ? 'error' : 'default'}
          statusText={deadlineProblem}
          mb="m"
          data-testid="share-deadline"
        />
        <Textarea
          labelText={t('share.messageLabel')}
          hintText={t('share.messageHint')}
          optionalText={t('share.optional')}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          status={messageProblem ? 'error' : 'default'}
          statusText={messageProblem}
          fullWidth
          data-testid="share-message"
        />
        {otherError ? (
          <InlineAlert status="error" role="alert" mt="m">
            {otherError}
          </InlineAlert>
        ) : null}
      </ModalContent>
      <ModalFooter>
        <Button onClick={send} disabled={busy} data-testid="share-send">
          {t('share.send')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
