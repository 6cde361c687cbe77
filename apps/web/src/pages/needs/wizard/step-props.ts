import type { WizardForm } from './wizard-state';

/** What every step gets: the form, a way to change it, and the server's word on a field. */
export interface StepProps {
  form: WizardForm;
  change: (update: (form: WizardForm) => WizardForm) => void;
  /** The problem with exactly this field (path below `input`, e.g. `tasks.0.title`), in the UI language. */
  problem: (path: string) => string | undefined;
}

export { statusProps } from '../../../shared/forms/field-props';
