import { useEffect, useRef } from 'react';
import { ErrorSummary, InlineAlert } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { ApiError, asApiError } from '../errors/api-error';

export interface FieldBinding {
  /** The server's path below the argument, e.g. `title` or `tasks.0.name`. */
  path: string;
  /** The id of the input, for the summary's link. */
  inputId: string;
  /** The field's visible label. */
  label: string;
}

/** The error text for one field: the field's label-independent message from the server. */
export function fieldError(error: unknown, path: string, argument = 'input'): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldMessage(`${argument}.${path}`) ?? error.fieldMessage(path);
}

/**
 * The form's error summary at the top (the design system's ErrorSummary, focused when it
 * appears) listing each bad field with a link to it; a non-field error shows as an alert.
 */
export function FormErrors({ error, fields, argument = 'input' }: { error: unknown; fields: FieldBinding[]; argument?: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const apiError = error ? asApiError(error) : null;
  const items = apiError
    ? fields
        .map((field) => ({ field, message: fieldError(apiError, field.path, argument) }))
        .filter((item): item is { field: FieldBinding; message: string } => item.message !== undefined)
        .map(({ field, message }) => ({ text: `${field.label}: ${message}`, inputId: field.inputId }))
    : [];
  useEffect(() => {
    if (items.length > 0) headingRef.current?.focus();
  }, [error, items.length]);
  if (!apiError) return null;
  if (apiError.kind === 'badInput' && items.length > 0) {
    return (
      <ErrorSummary
        headingRef={headingRef}
        headingText={t('errors.summaryHeading', { count: items.length })}
        headingVariant="h2"
        items={items}
        mb="m"
      />
    );
  }
  const key =
    apiError.kind === 'badInput' || apiError.kind === 'conflict' || apiError.kind === 'forbidden' || apiError.kind === 'notFound'
      ? apiError.kind
      : apiError.kind === 'network'
        ? 'network'
        : 'server';
  return (
    <InlineAlert status="error" labelText={t(`errors.${key}.title`)} role="alert">
      {apiError.kind === 'badInput' || apiError.kind === 'conflict' ? apiError.message : t(`errors.${key}.text`)}
    </InlineAlert>
  );
}
