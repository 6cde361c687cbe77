import { useState } from 'react';
import { Button, Textarea } from 'suomifi-ui-components';
import { fieldErrorsUnder } from '../../shared/errors/api-error';
import { ConfirmDialog } from '../needs/ConfirmDialog';
import { useModerationText } from './moderation-text';

const REASON_MIN = 5;
const REASON_MAX = 1000;

interface Action {
  run: () => void;
  pending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * Approve, or reject with a reason the provider sees. Each asks first in a dialog; a too short
 * reason is said next to the field before anything is sent.
 */
export function Decision({
  subject,
  approve,
  reject,
  reason,
  onReason,
  approveText,
}: {
  subject: string;
  approve: Action;
  reject: Action;
  reason: string;
  onReason: (reason: string) => void;
  approveText: string;
}) {
  const { t } = useModerationText();
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const [checked, setChecked] = useState(false);
  const tooShort = reason.trim().length < REASON_MIN;
  const serverReason = fieldErrorsUnder(reject.error)['reason'];
  const reasonError = checked && tooShort ? t('decision.reasonRequired', { min: REASON_MIN }) : serverReason;

  return (
    <>
      <div className="moderation-actions">
        <Button
          onClick={() => {
            approve.reset();
            setOpen('approve');
          }}
          data-testid="moderation-approve"
        >
          {t('decision.approve')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            reject.reset();
            setChecked(false);
            setOpen('reject');
          }}
          data-testid="moderation-reject"
        >
          {t('decision.reject')}
        </Button>
      </div>
      <ConfirmDialog
        visible={open === 'approve'}
        testId="approve-dialog"
        title={t('decision.approveTitle')}
        text={approveText}
        confirmLabel={t('decision.approve')}
        busy={approve.pending}
        error={approve.error}
        onCancel={() => setOpen(null)}
        onConfirm={approve.run}
      />
      <ConfirmDialog
        visible={open === 'reject'}
        testId="reject-dialog"
        title={t('decision.rejectTitle')}
        text={t('decision.rejectText', { subject })}
        confirmLabel={t('decision.reject')}
        busy={reject.pending}
        error={serverReason ? null : reject.error}
        onCancel={() => setOpen(null)}
        onConfirm={() => {
          setChecked(true);
          if (!tooShort) reject.run();
        }}
      >
        <Textarea
          id="moderation-reason"
          labelText={t('decision.reasonLabel')}
          hintText={t('decision.reasonHint')}
          value={reason}
          maxLength={REASON_MAX}
          onChange={(event) => onReason(event.target.value)}
          status={reasonError ? 'error' : 'default'}
          statusText={reasonError}
          fullWidth
          data-testid="moderation-reason"
        />
      </ConfirmDialog>
    </>
  );
}
