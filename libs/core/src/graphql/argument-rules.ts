import {
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { FieldProblem } from '../errors/error-code';

/** No text argument of the API is longer; longer ones are refused before any resolver runs. */
export const MAX_STRING_LENGTH = 10_000;
/** No list argument of the API is longer. */
export const MAX_LIST_LENGTH = 1_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 as the API writes it: a date, optionally with a time and an offset (Z or ±hh:mm).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/** A date-time the DateTime scalar accepts: a real calendar date and clock time, nothing lenient. */
export function isStrictDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0', , offsetHour = '0', offsetMinute = '0'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  // Date.UTC rolls 31 February over into March; a real date comes back unchanged.
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHour) <= 14 &&
    Number(offsetMinute) < 60
  );
}

export interface ArgumentRuleOptions {
  /**
   * Schema coordinates (`Query.field.argument`, `InputType.field`) of ID arguments that are not
   * UUIDs. Every ID of this API is a UUID; other identifiers (municipality codes, ESCO URIs) are
   * typed String, so none is listed.
   */
  nonUuidIds?: ReadonlySet<string>;
}

/**
 * Checks a client-sent value (a variable's JSON or a literal) against its input type and collects
 * what is wrong, with the path from the argument down (`input.title`, `ids.3`). Values of the
 * wrong GraphQL type are left to graphql-js, which refuses them itself.
 */
export function checkArgumentValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  coordinate: string,
  problems: FieldProblem[],
  options: ArgumentRuleOptions = {},
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkArgumentValue(value, type.ofType, path, coordinate, problems, options);
  } else if (isListType(type)) {
    if (!Array.isArray(value)) {
      // Input coercion takes a single value for a list of one.
      checkArgumentValue(value, type.ofType, path, coordinate, problems, options);
    } else if (value.length > MAX_LIST_LENGTH) {
      problems.push({ path, message: `must have at most ${MAX_LIST_LENGTH} items` });
    } else {
      value.forEach((item, index) => checkArgumentValue(item, type.ofType, `${path}[${index}]`, coordinate, problems, options));
    }
  } else if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    for (const field of Object.values(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[field.name];
      checkArgumentValue(fieldValue, field.type, `${path}.${field.name}`, `${type.name}.${field.name}`, problems, options);
    }
  } else if (isScalarType(type)) {
    const problem = scalarProblem(type.name, value, coordinate, options);
    if (problem) problems.push({ path, message: problem });
  }
  // Enums: graphql-js accepts only their own values.
}

function scalarProblem(scalar: string, value: unknown, coordinate: string, options: ArgumentRuleOptions): string | null {
  if (typeof value === 'string') {
    // PostgreSQL cannot store NUL in text, and no legitimate text needs it.
    if (value.includes('\u0000')) return 'must not contain a NUL character';
    if (value.length > MAX_STRING_LENGTH) return `must be at most ${MAX_STRING_LENGTH} characters`;
  }
  switch (scalar) {
    case 'ID':
      if (options.nonUuidIds?.has(coordinate)) return null;
      return (typeof value === 'string' || typeof value === 'number') && !UUID.test(String(value)) ? 'must be a UUID' : null;
    case 'DateTime':
      return typeof value === 'string' && isStrictDateTime(value) ? null : 'must be an ISO 8601 date-time such as 2026-03-01T09:00:00Z';
    default:
      return null;
  }
}
