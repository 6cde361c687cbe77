import { useState } from 'react';
import { Button, Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import type { CandidacyProgress } from '../../gql/graphql';
import { useApiMutation } from '../../shared/api/hooks';
import { formatDate } from '../../shared/format/format';
import { useMutationErrorText } from './ConfirmDialog';
import { RecordCandidacyProgressMutation } from './needs.documents';
import { useNeedsText } from './needs-format';

/** The progress outcomes other than a hire, in the order a person usually meets them. */
export const CANDIDACY_PROGRESS: readonly CandidacyProgress[] = ['WORK_TRIAL', 'APPRENTICESHIP', 'TRAINING_STARTED', 'PAY_SUBSIDISED_JOB'];

/**
 * "Kirjaa eteneminen": what the candidacy led to besides (or before) a hire, each recorded once
 * with its date. Recorded ones are listed; the rest can be chosen and recorded.
 */
export function CandidacyProgressControl({
  candidateId,
  label,
  progress,
  invalidates,
}: {
  candidateId: string;
  label: string;
  progress: readonly { progress: CandidacyProgress; at: string }[];
  invalidates: string[];
}) {
  const { t, language } = useNeedsText();
  const errorText = useMutationErrorText();
  const [chosen, setChosen] = useState<CandidacyProgress | ''>('');
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useApiMutation(RecordCandidacyProgressMutation, {
    invalidates,
    onSuccess: (_data, variables) => {
      setMessage(t('candidacyProgress.saved', { label, progress: t(`candidacyProgress.values.${variables.input.progress}`) }));
      setChosen('');
    },
  });
  const recorded = new Set(progress.map((p) => p.progress));
  const open = CANDIDACY_PROGRESS.filter((p) => !recorded.has(p));
  const headingId = `candidacy-progress-${candidateId}`;
  return (
    <div className="needs-candidate-progress" role="group" aria-labelledby={headingId} data-testid="candidacy-progress">
      <Heading variant="h4" id={headingId} mt="s" mb="xs">
        {t('candidacyProgress.heading')}
      </Heading>
      {progress.length === 0 ? (
        <p className="muted">{t('candidacyProgress.none')}</p>
      ) : (
        <ul data-testid="candidacy-progress-recorded">
          {progress.map((p) => (
            <li key={p.progress}>{t('candidacyProgress.recorded', { progress: t(`candidacyProgress.values.${p.progress}`), date: formatDate(p.at, language) })}</li>
          ))}
        </ul>
      )}
      {open.length === 0 ? (
        <p className="muted">{t('candidacyProgress.allRecorded')}</p>
      ) : (
        <div className="needs-candidate-progress-form">
          <Dropdown
            labelText={t('candidacyProgress.legend', { label })}
            hintText={t('candidacyProgress.hint')}
            visualPlaceholder={t('candidacyProgress.choose')}
            value={chosen}
            disabled={mutation.isPending}
            onChange={(value) => setChosen(value as CandidacyProgress)}
            data-testid="candidacy-progress-dropdown"
          >
            {open.map((p) => (
              <DropdownItem key={p} value={p}>
                {t(`candidacyProgress.values.${p}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <Button
            variant="secondary"
            disabled={!chosen || mutation.isPending}
            onClick={() => {
              if (!chosen) return;
              setMessage(null);
              mutation.mutate({ input: { candidateId, progress: chosen } });
            }}
            data-testid="candidacy-progress-record"
          >
            {t('candidacyProgress.record')}
          </Button>
        </div>
      )}
      <div role="status" className="needs-status" data-testid="candidacy-progress-saved">
        {message ?? (mutation.error ? errorText(mutation.error) : null)}
      </div>
    </div>
  );
}
