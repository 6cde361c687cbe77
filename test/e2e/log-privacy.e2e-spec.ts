import { Role } from '@ytmt/core';
import { createApp, eventually, signIn, TestApp, USER_FOR_ROLE } from '@ytmt/test-kit';

/**
 * Takes over process.stdout.write before the app exists: pino then writes its lines there (it
 * writes to file descriptor 1 directly only while process.stdout.write is the stream's own), and
 * the test reads them instead of the terminal.
 */
function captureStdout(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
    chunks.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    const callback = rest[rest.length - 1];
    if (typeof callback === 'function') process.nextTick(callback as () => void);
    return true;
  }) as typeof process.stdout.write);
  return { text: () => chunks.join(''), restore: () => write.mockRestore() };
}

describe('Logs hold no personal data', () => {
  let app: TestApp;
  let logs: ReturnType<typeof captureStdout>;
  beforeAll(async () => {
    logs = captureStdout();
    // The most talkative level: whatever any code logs about a request is in the output.
    app = await createApp({ env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(async () => {
    await app.close();
    logs.restore();
  });

  it('logs requests carrying e-mails, names, tokens and cookies without any of them', async () => {
    const adminEmail = USER_FOR_ROLE[Role.PLATFORM_ADMIN];
    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const coordinator = await signIn(app, Role.COORDINATOR);
    const person = { name: 'Maija Meikäläinen', email: 'maija.meikalainen@esimerkki.fi', phone: '+358401234567' };
    const cookieSecret = 'evastesalaisuus-0123456789';

    // 1. A mutation whose variables hold a person's name, e-mail and phone (the company does not exist).
    const contact = await coordinator
      .withHeaders({ 'x-request-id': 'privacy-contact', cookie: `session=${cookieSecret}` })
      .request('mutation AddContact($companyId: ID!, $input: ContactPersonInput!) { addCompanyContact(companyId: $companyId, input: $input) { id } }', {
        companyId: '00000000-0000-4000-8000-000000000000',
        input: { name: person.name, email: person.email, phone: person.phone },
      });
    expect(contact.errors?.length).toBeGreaterThan(0);

    // 2. A GraphQL GET: the variables travel in the query string.
    const query = encodeURIComponent('query FindUsers($search: String) { users(search: $search) { totalCount } }');
    const variables = encodeURIComponent(JSON.stringify({ search: person.email }));
    const get = await fetch(`${app.graphqlUrl}?query=${query}&variables=${variables}`, {
      headers: { authorization: `Bearer ${admin.token}`, 'apollo-require-preflight': 'true', 'x-request-id': 'privacy-get' },
    });
    expect(get.status).toBeLessThan(500);

    // 3. A REST search with a name in the query string, and a request that fails authentication.
    await fetch(`${app.url}/hsds/services?text=${encodeURIComponent(person.name)}`, { headers: { 'x-request-id': 'privacy-hsds' } });
    await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}x`, 'x-request-id': 'privacy-badtoken' },
      body: JSON.stringify({ query: 'mutation ($email: String!) { devLogin(email: $email) { token } }', variables: { email: person.email } }),
    });

    // Every one of those requests was logged (the capture works and the level lets them through) …
    const output = await eventually(async () => {
      const text = logs.text();
      return ['privacy-contact', 'privacy-get', 'privacy-hsds', 'privacy-badtoken'].every((id) => text.includes(`"id":"${id}"`)) ? text : null;
    });
    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    const getLine = lines.find((line) => line.includes('"privacy-get"'));
    expect(getLine).toContain('"url":"/graphql"');
    // … and none of what they carried.
    for (const secret of [
      adminEmail,
      person.name,
      'Meikäläinen',
      person.email,
      'meikalainen',
      person.phone,
      admin.token,
      coordinator.token,
      cookieSecret,
      encodeURIComponent(person.name),
      encodeURIComponent(person.email),
    ]) {
      expect(output).not.toContain(secret as string);
    }
  });
});
