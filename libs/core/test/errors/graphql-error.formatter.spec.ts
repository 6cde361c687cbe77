import { GraphQLError } from 'graphql';
import { CoreException } from '../../src/errors/domain.exception';
import { formatGraphQLError } from '../../src/errors/graphql-error.formatter';

describe('formatGraphQLError', () => {
  it('maps a domain exception to its client code with the field problems', () => {
    const exception = CoreException.invalidInput([{ path: 'input.code', message: 'must be a slug' }]);
    const error = new GraphQLError(exception.message, { originalError: exception, path: ['createEmploymentArea'] });
    expect(formatGraphQLError(error.toJSON(), error)).toEqual({
      message: exception.message,
      path: ['createEmploymentArea'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [{ path: 'input.code', message: 'must be a slug' }] },
    });
  });

  it('hides unexpected errors behind a bare INTERNAL_SERVER_ERROR, without message or stack', () => {
    const crash = new TypeError("Cannot read properties of undefined (reading 'salainen')");
    const error = new GraphQLError(crash.message, { originalError: crash, extensions: { stacktrace: ['at x.ts:1'] } });
    const formatted = formatGraphQLError({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes request errors of graphql-js and Apollo through with their code only', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['s'] } });
    expect(formatGraphQLError(error.toJSON(), error).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers a value PostgreSQL refused as BAD_USER_INPUT, without the SQL', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: '22P02', severity: 'ERROR' });
    const queryFailed = Object.assign(new Error('SELECT * FROM "salainen_taulu" WHERE id = $1'), { driverError, query: 'SELECT 1' });
    const error = new GraphQLError(queryFailed.message, { originalError: queryFailed, path: ['employmentArea'] });
    const formatted = formatGraphQLError(error.toJSON(), error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(formatted.path).toEqual(['employmentArea']);
    expect(JSON.stringify(formatted)).not.toMatch(/salainen|SELECT|uuid/);
  });

  it('answers a document over the token limit as a query too complex', () => {
    const error = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatGraphQLError(error.toJSON(), error)).toEqual({
      message: 'The document has more than 2000 tokens',
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
    });
  });
});
