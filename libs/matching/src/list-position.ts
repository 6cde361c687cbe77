import { offsetAfter } from '@ytmt/core';
import { MatchingErrorCode, MatchingException } from './matching.exception';

/**
 * Where a positional page of a candidate list or report starts: 0 without a cursor, else one past
 * the position the cursor names. A cursor is a position, never a person's id.
 */
export function listOffset(after: string | null): number {
  return offsetAfter(after, () => MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'after', 'is not a cursor returned by this API'));
}
