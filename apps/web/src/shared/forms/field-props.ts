/** The suomifi input props that show a field's problem under it. */
export function statusProps(message: string | undefined): { status: 'default' | 'error'; statusText?: string } {
  return message ? { status: 'error', statusText: message } : { status: 'default' };
}

/** What the shared text fields take: their texts, the typed text, and the field's problem. */
export interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Shown after the label when the field may stay empty. */
  optionalText?: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's problem, shown under it. */
  problem?: string;
}
