import { useId } from 'react';
import { Textarea } from 'suomifi-ui-components';
import { CLOSURE_REASON_MAX, reasonCount } from './closure-reason';

/**
 * An optional short reason for ending a candidacy, with a character counter. The jobseeker sees
 * the reason as written, so the hint says so; the field stops at the API's limit.
 */
export function ClosureReasonField({
  value,
  onChange,
  labelText,
  hintText,
  optionalText,
  counterText,
  error,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  labelText: string;
  hintText: string;
  optionalText: string;
  /** "12 / 300 merkkiä" in the page's language. */
  counterText: (used: number, max: number) => string;
  error?: string | null;
  testId?: string;
}) {
  const counterId = useId();
  const { used } = reasonCount(value);
  return (
    <div className="closure-reason">
      <Textarea
        labelText={labelText}
        hintText={hintText}
        optionalText={optionalText}
        value={value}
        maxLength={CLOSURE_REASON_MAX}
        onChange={(event) => onChange(event.target.value)}
        status={error ? 'error' : 'default'}
        statusText={error ?? undefined}
        aria-describedby={counterId}
        fullWidth
        data-testid={testId}
      />
      <p id={counterId} className="muted closure-reason-counter" data-testid={testId ? `${testId}-counter` : undefined}>
        {counterText(used, CLOSURE_REASON_MAX)}
      </p>
    </div>
  );
}
