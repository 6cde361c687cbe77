import type { CandidacyOutcome } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useNeedsText } from './needs-format';

/** How a candidacy ended, when, and the reason given to the jobseeker (employer's and coordinator's views). */
export function ClosureNote({ closure }: { closure?: { outcome: CandidacyOutcome; at: string; reason?: string | null } | null }) {
  const { t, language } = useNeedsText();
  if (!closure) return null;
  return (
    <div className="needs-closure" data-testid="candidate-closure" data-outcome={closure.outcome}>
      <p>{t('closure.ended', { date: formatDate(closure.at, language), outcome: t(`closure.outcomes.${closure.outcome}`) })}</p>
      {closure.reason ? <p data-testid="candidate-closure-reason">{t('closure.reasonShown', { reason: closure.reason })}</p> : null}
    </div>
  );
}
