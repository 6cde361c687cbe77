import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../../shared/errors/api-error';

/** The server's problem with one field in the person's language; undefined keeps the server's text. */
function fieldMessage(field: FieldError, reason: string | undefined, t: TFunction): string | undefined {
  if (reason === 'ALREADY_COMPANY_USER') return t('company:errors.alreadyUser');
  if (reason === 'LAST_COMPANY_ADMIN') return t('company:errors.lastAdmin');
  if (field.path === 'input.email') return t('company:errors.emailInvalid');
  if (field.path === 'input.website') return t('company:errors.websiteInvalid');
  return undefined;
}

/**
 * The API answers in English for developers; the problems a person can fix on this page are
 * told in their language, with the same field paths so that FormErrors and fieldError work.
 */
export function localizeCompanyError(error: unknown, t: TFunction): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((field) => ({ path: field.path, message: fieldMessage(field, error.reason, t) ?? field.message }));
  return new ApiError(error.kind, error.message, fields, error.reason);
}

/** Only web addresses become links: anything else is shown as text. */
export function safeWebsite(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}
