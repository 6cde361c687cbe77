import { vi } from 'vitest';

/**
 * A stand-in for shared/api/client that answers by operation name. A page test mocks the client
 * with it and says what each operation answers; any other operation fails the test:
 *
 *   vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));
 *   stubApi({ MyQuery: (variables) => ({ ... }) });
 */
// Written as a method so that an answer may declare the variables it reads more narrowly.
export type Answer = { answer(variables: Record<string, unknown>): unknown }['answer'];

/** Every request the page made, oldest first; clear it in beforeEach. */
export const calls: { operation: string; variables: Record<string, unknown> }[] = [];

let answers: Record<string, Answer> = {};

/** The operation name of a request's document. */
export const operationOf = (document: { toString(): string }): string => /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? '';

/** What each operation answers from now on; an answer may throw (an ApiError) or return a promise. */
export function stubApi(next: Record<string, Answer>): void {
  answers = next;
}

export const request = vi.fn(async (document: { toString(): string }, variables: Record<string, unknown> = {}) => {
  const operation = operationOf(document);
  calls.push({ operation, variables });
  const answer = answers[operation];
  if (!answer) throw new Error(`unexpected ${operation}`);
  return answer(variables);
});
