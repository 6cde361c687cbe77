import { Role } from '@ytmt/core';
import { DEMO_USERS } from '@ytmt/demo';
import { GraphQLClient } from './graphql-client';
import type { TestApp } from './create-app';

/** The demo user that stands for each role in tests. */
export const USER_FOR_ROLE: Record<Role, string> = {
  [Role.PLATFORM_ADMIN]: 'paakayttaja@ytmt.example',
  [Role.AREA_ADMIN]: 'aluevastaava.lahti@ytmt.example',
  [Role.COORDINATOR]: 'koordinaattori.lahti@ytmt.example',
  [Role.EMPLOYER_USER]: 'tyonantaja.lahti@ytmt.example',
  [Role.PROVIDER_USER]: 'palveluntuottaja.saatio@ytmt.example',
  [Role.JOBSEEKER]: 'tyonhakija@ytmt.example',
};

export function anonymous(app: TestApp): GraphQLClient {
  return new GraphQLClient(app.graphqlUrl);
}

/** Signs in through the real devLogin mutation and returns a client carrying the token. */
export async function signIn(app: TestApp, emailOrRole: string | Role): Promise<GraphQLClient> {
  const email = (USER_FOR_ROLE as Record<string, string>)[emailOrRole] ?? emailOrRole;
  if (!DEMO_USERS.some((user) => user.email === email)) throw new Error(`${email} is not a demo user`);
  const { devLogin } = await anonymous(app).data<{ devLogin: { token: string } }>(
    'mutation ($email: String!) { devLogin(email: $email) { token } }',
    { email },
  );
  return new GraphQLClient(app.graphqlUrl, devLogin.token);
}
