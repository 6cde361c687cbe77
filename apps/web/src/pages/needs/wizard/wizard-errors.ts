// Pure: the server's field problems in the person's language, per wizard step, and the
// error summary's links to the inputs.
import { ApiError } from '../../../shared/errors/api-error';
import type { FieldBinding } from '../../../shared/forms/FormErrors';
import { fieldTarget, fieldsOfStep, normalizePath, problemKey, type FieldTarget, type StepNumber } from './wizard-state';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The same error with dotted paths (`input.skills.0.uri`) and messages in the UI language. */
export function localizeError(error: ApiError, t: Translate): ApiError {
  if (error.fields.length === 0) return error;
  const fields = error.fields.map((field) => {
    const key = problemKey(field.path, field.message);
    return { path: `input.${normalizePath(field.path)}`, message: key ? t(`problems.${key}`) : field.message };
  });
  return new ApiError(error.kind, error.message, fields, error.reason);
}

/**
 * The part of the error to show on a step: its own fields, or the whole error when it is not
 * about fields (network, forbidden …); null when the problems are on other steps.
 */
export function errorOnStep(error: ApiError | null, step: StepNumber): ApiError | null {
  if (!error) return null;
  if (error.fields.length === 0) return error;
  const fields = fieldsOfStep(error.fields, step, step);
  return fields.length > 0 ? new ApiError(error.kind, error.message, fields, error.reason) : null;
}

export function targetLabel(target: FieldTarget, t: Translate): string {
  const label = t(target.labelKey, { number: target.row });
  return target.rowLabelKey ? `${t(target.rowLabelKey, { number: target.row })}: ${label}` : label;
}

/** One summary link per field with a problem, to the input that holds it. */
export function errorBindings(error: ApiError | null, t: Translate): FieldBinding[] {
  if (!error) return [];
  const seen = new Set<string>();
  const bindings: FieldBinding[] = [];
  for (const field of error.fields) {
    const path = normalizePath(field.path);
    const target = fieldTarget(`input.${path}`);
    if (!target || seen.has(path)) continue;
    seen.add(path);
    bindings.push({ path, inputId: target.inputId, label: targetLabel(target, t) });
  }
  return bindings;
}

/** The message for exactly this field (not the ones below it), for the text under the input. */
export function problemOf(error: ApiError | null, path: string): string | undefined {
  return error?.fields.find((field) => normalizePath(field.path) === path)?.message;
}
