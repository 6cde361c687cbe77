import { describe, expect, it } from 'vitest';
import { ApiError, asApiError, fieldErrorsUnder, fromGraphQLErrors, fromHttpStatus } from './api-error';

describe('mapping API errors', () => {
  it('keeps the field paths of a BAD_USER_INPUT', () => {
    const error = fromGraphQLErrors([
      {
        message: 'Invalid input — input.title: title must be shorter',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.title', message: 'title must be shorter' }, { path: 'input.tasks.0.name', message: 'name should not be empty' }] },
      },
    ]);
    expect(error.kind).toBe('badInput');
    expect(error.fieldMessage('input.title')).toBe('title must be shorter');
    expect(error.fieldMessage('input.tasks')).toBe('name should not be empty');
    expect(fieldErrorsUnder(error)).toEqual({ title: 'title must be shorter', 'tasks.0.name': 'name should not be empty' });
  });

  it.each([
    ['UNAUTHENTICATED', 'unauthenticated'],
    ['FORBIDDEN', 'forbidden'],
    ['NOT_FOUND', 'notFound'],
    ['CONFLICT', 'conflict'],
    ['TOO_MANY_REQUESTS', 'tooManyRequests'],
    ['GRAPHQL_VALIDATION_FAILED', 'badInput'],
  ])('maps %s to %s', (code, kind) => {
    expect(fromGraphQLErrors([{ message: 'x', extensions: { code } }]).kind).toBe(kind);
  });

  it('never passes a server fault text on to the person', () => {
    const error = fromGraphQLErrors([{ message: 'TypeError: cannot read properties of undefined at Resolver.x (/app/x.ts:12)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(error.kind).toBe('server');
    expect(error.message).not.toContain('TypeError');
    expect(fromGraphQLErrors([{}]).kind).toBe('server');
  });

  it('maps HTTP statuses and thrown errors', () => {
    expect(fromHttpStatus(401).kind).toBe('unauthenticated');
    expect(fromHttpStatus(404).kind).toBe('notFound');
    expect(fromHttpStatus(429).kind).toBe('tooManyRequests');
    expect(fromHttpStatus(502).kind).toBe('server');
    expect(asApiError(new TypeError('Failed to fetch')).kind).toBe('network');
    const original = new ApiError('conflict', 'exists');
    expect(asApiError(original)).toBe(original);
    expect(fieldErrorsUnder(new Error('x'))).toEqual({});
  });
});
