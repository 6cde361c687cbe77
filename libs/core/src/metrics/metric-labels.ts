// Pure: label values for metrics whose source a client controls. Every distinct label value is
// a new time series held in memory for the life of the process, so what a client sends must
// never create series without bound.

/** A GraphQL operation name as the spec allows it, kept to a readable length. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** An error code as this API writes them (BAD_USER_INPUT, FORBIDDEN …). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Label of a request whose operation has no name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Label of a request that never reached an operation (unparsable, unknown operationName). */
export const INVALID_OPERATION = 'invalid';
/** Label once the set is full, or for a value of the wrong form. */
export const OTHER_LABEL = 'other';

/**
 * Admits label values of a given form up to a fixed number of distinct ones; later newcomers and
 * values of the wrong form share one fallback value. Once admitted, a value stays admitted.
 */
export class BoundedLabelSet {
  private readonly admitted = new Set<string>();

  constructor(
    private readonly pattern: RegExp,
    readonly capacity: number,
    private readonly fallback: string,
  ) {}

  label(value: string | null | undefined): string {
    if (typeof value !== 'string' || !this.pattern.test(value)) return this.fallback;
    if (this.admitted.has(value)) return value;
    if (this.admitted.size >= this.capacity) return this.fallback;
    this.admitted.add(value);
    return value;
  }

  size(): number {
    return this.admitted.size;
  }
}

/** GraphQL operation names: the operations the web app and integrations use, and no more. */
export function operationLabels(capacity = 200): BoundedLabelSet {
  return new BoundedLabelSet(OPERATION_NAME, capacity, OTHER_LABEL);
}

/** Error codes (extensions.code): a small closed set in practice, capped all the same. */
export function errorCodeLabels(capacity = 50): BoundedLabelSet {
  return new BoundedLabelSet(ERROR_CODE, capacity, 'OTHER');
}
