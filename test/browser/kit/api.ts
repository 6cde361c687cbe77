import { stack } from './stack';

/** GraphQL over HTTP against the browser tests' platform, for setting up what a journey needs. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${stack().baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A development token for a demo user. */
export async function devToken(email: string): Promise<string> {
  const data = await graphql<{ devLogin: { token: string } }>('mutation($email: String!) { devLogin(email: $email) { token } }', { email });
  return data.devLogin.token;
}
