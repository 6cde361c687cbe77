import type { TypedDocumentString } from '../../gql/graphql';
import { ApiError, fromGraphQLErrors, fromHttpStatus } from '../errors/api-error';
import { session } from '../auth/session';

export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

const ENDPOINT = '/graphql';

/**
 * The one way the web app talks to the API: a typed document, its variables, the signed-in
 * user's token and the organisation they act for. Throws ApiError.
 */
export async function request<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const current = session.get();
  if (current) {
    headers['authorization'] = `Bearer ${current.token}`;
    if (current.organizationId) headers['x-organization-id'] = current.organizationId;
  }
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
  let body: { data?: TResult | null; errors?: unknown[] } | undefined;
  try {
    body = (await response.json()) as { data?: TResult | null; errors?: unknown[] };
  } catch {
    throw fromHttpStatus(response.status);
  }
  if (body?.errors && body.errors.length > 0) {
    const error = fromGraphQLErrors(body.errors as Parameters<typeof fromGraphQLErrors>[0]);
    if (error.kind === 'unauthenticated') session.expire();
    throw error;
  }
  if (!response.ok || !body?.data) throw fromHttpStatus(response.status);
  return body.data;
}
