import {
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { Role } from '@ytmt/core';
import { anonymous, createApp, fillerValue, GraphQLClient, minimalSelection, signIn, TestApp } from '@ytmt/test-kit';

/**
 * Issue 11, point 13: malformed values gave INTERNAL_SERVER_ERROR. This test reads the schema
 * the server publishes and, for every query and mutation field and every role, sends hostile
 * values to each argument (and each field of its input objects), the other arguments filled
 * with plausible values.
 */

/** Values the edge must refuse outright, before any resolver runs. */
const REFUSED: Record<string, { label: string; value: unknown }[]> = {
  ID: [
    { label: 'not a UUID', value: "1' OR '1'='1" },
    { label: 'a number as id', value: 398 },
  ],
  String: [
    { label: 'NUL character', value: 'Testi\u0000arvo' },
    { label: '100 kB string', value: 'x'.repeat(100_000) },
  ],
  Int: [{ label: '2^53', value: 2 ** 53 }],
  DateTime: [
    { label: 'not a date', value: 'ei-päivämäärä' },
    { label: '31 February', value: '2026-02-31T10:00:00Z' },
    { label: 'a number as date', value: 8.64e15 },
  ],
};

/** Legal but extreme values: they reach the resolvers, which must answer with a typed error or data. */
const EXTREME: Record<string, { label: string; value: unknown }[]> = {
  Int: [
    { label: 'largest Int', value: 2 ** 31 - 1 },
    { label: 'smallest Int', value: -(2 ** 31) },
  ],
  Float: [
    { label: '1e308', value: 1e308 },
    { label: '-1e308', value: -1e308 },
  ],
};

interface Case {
  field: string;
  operation: 'query' | 'mutation';
  document: string;
  variables: Record<string, unknown>;
  target: string;
  label: string;
  refused: boolean;
}

/** A scalar place inside an argument, and how to build the argument with a value there. */
interface Place {
  path: string;
  scalar: string;
  /** The argument's value: plausible everywhere, `value` at this place. */
  build(value: unknown): unknown;
}

/** Every scalar place reachable in an argument (each input type entered once per path). */
function scalarPlaces(type: GraphQLInputType, path: string, seen: Set<string>): Place[] {
  if (isNonNullType(type)) return scalarPlaces(type.ofType, path, seen);
  if (isListType(type)) {
    return scalarPlaces(type.ofType, `${path}[0]`, seen).map((p) => ({ ...p, build: (value: unknown) => [p.build(value)] }));
  }
  if (isScalarType(type)) return [{ path, scalar: type.name, build: (value: unknown) => value }];
  if (isInputObjectType(type) && !seen.has(type.name)) {
    const inner = new Set([...seen, type.name]);
    return Object.values(type.getFields()).flatMap((field) =>
      scalarPlaces(field.type, `${path}.${field.name}`, inner).map((p) => ({
        ...p,
        build: (value: unknown) => ({ ...(fillerValue(type) as Record<string, unknown>), [field.name]: p.build(value) }),
      })),
    );
  }
  return [];
}

const hostileValues = (scalar: string) => [...(REFUSED[scalar] ?? []), ...(EXTREME[scalar] ?? [])];

function casesFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Case[] {
  const filler: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) filler[arg.name] = fillerValue(arg.type, arg.name);
  }
  const cases: Case[] = [];
  for (const arg of field.args) {
    const declared = field.args.filter((a) => a.name === arg.name || a.name in filler);
    const document =
      `${operation} Hostile(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) ` +
      `{ ${field.name}(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})${minimalSelection(field.type)} }`;
    for (const place of scalarPlaces(arg.type, arg.name, new Set())) {
      for (const [values, refused] of [
        [REFUSED[place.scalar] ?? [], true],
        [EXTREME[place.scalar] ?? [], false],
      ] as const) {
        for (const { label, value } of values) {
          const variables = { ...filler, [arg.name]: place.build(value) };
          cases.push({ field: field.name, operation, document, variables, target: place.path, label, refused });
        }
      }
    }
  }
  return cases;
}

function allCases(schema: GraphQLSchema): Case[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((f) => casesFor('query', f));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((f) => casesFor('mutation', f));
  return [...query, ...mutation];
}

interface Outcome {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; fields?: { path: string }[] } }[] } | null;
}

async function send(client: GraphQLClient, item: Case): Promise<Outcome> {
  const response = await fetch(client.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
    body: JSON.stringify({ query: item.document, variables: item.variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Outcome['body'] };
  } catch {
    return { status: response.status, body: null };
  }
}

/** Runs the work items a few at a time (one app, shared by everything). */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

function describeFailure(role: string, item: Case, outcome: Outcome): string {
  const errors = JSON.stringify(outcome.body?.errors?.map((e) => ({ code: e.extensions?.code, message: e.message.slice(0, 160) })));
  return `${role} ${item.operation} ${item.field} ${item.target} (${item.label}): HTTP ${outcome.status} ${errors}`;
}

describe('Hostile values for every argument of every field, for every role (issue 11, point 13)', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let cases: Case[];
  const clients: { role: string; client: GraphQLClient }[] = [];

  beforeAll(async () => {
    app = await createApp({
      // The standard introspection query is 15 levels deep and lists every field of every type
      // (development tools only; production has no introspection); rate limits would cut the run short.
      env: {
        GRAPHQL_MAX_DEPTH: '20',
        GRAPHQL_MAX_COMPLEXITY: '100000000',
        RATE_LIMIT_PUBLIC_PER_CLIENT: '1000000',
        RATE_LIMIT_PUBLIC_PER_USER: '1000000',
        RATE_LIMIT_NOTIFY_PER_CLIENT: '1000000',
        RATE_LIMIT_NOTIFY_PER_USER: '1000000',
      },
    });
    const introspection = await anonymous(app).data<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection);
    cases = allCases(schema);
    clients.push({ role: 'anonymous', client: anonymous(app) });
    for (const role of Object.values(Role)) clients.push({ role, client: await signIn(app, role) });
  });
  afterAll(() => app.close());

  /** A fingerprint of every table's rows: what a mutation would have changed. */
  async function databaseFingerprint(): Promise<Record<string, string>> {
    const tables = (await app.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )) as { tablename: string }[];
    const fingerprint: Record<string, string> = {};
    for (const { tablename } of tables) {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS print FROM "${tablename}" t`,
      )) as { print: string }[];
      fingerprint[tablename] = row.print;
    }
    return fingerprint;
  }

  it('covers every query and mutation field that takes arguments', () => {
    const withArguments = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {}).filter((f) =>
        f.args.some((a) => scalarPlaces(a.type, a.name, new Set()).some((p) => hostileValues(p.scalar).length > 0)),
      ),
    );
    expect(new Set(cases.map((c) => c.field)).size).toBe(withArguments.length);
    const reported = ['employmentArea', 'organization', 'updateEmploymentArea', 'adviceArticle', 'myTasksDue'];
    expect(withArguments.map((f) => f.name)).toEqual(expect.arrayContaining(reported));
  });

  // Some 600 requests per role; a loaded machine needs more than the default minute.
  const SLOW = 150_000;

  it('refuses malformed ids, NUL, 100 kB strings, huge ints and impossible dates with BAD_USER_INPUT, changing nothing', async () => {
    const before = await databaseFingerprint();
    const refused = cases.filter((c) => c.refused);
    const failures: string[] = [];
    // The roles side by side: the server mostly waits (tokens, Redis), so this shortens the run.
    await Promise.all(
      clients.map(async ({ role, client }) => {
        const outcomes = await inBatches(refused, 6, (item) => send(client, item));
        outcomes.forEach((outcome, index) => {
          const item = refused[index];
          const codes = outcome.body?.errors?.map((e) => e.extensions?.code) ?? [];
          // Refused as a whole request: no data at all means no resolver ran. A body over the
          // HTTP server's size limit is refused even earlier (413).
          const refusedEarly = outcome.status === 413 || (outcome.status === 400 && outcome.body !== null && !('data' in outcome.body));
          const typed = outcome.status === 413 || (codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED'));
          if (!refusedEarly || !typed) failures.push(describeFailure(role, item, outcome));
        });
      }),
    );
    expect(failures).toEqual([]);
    expect(await databaseFingerprint()).toEqual(before);
  }, SLOW);

  it('names the argument that was refused', async () => {
    const client = anonymous(app);
    const examples = [
      { query: 'query ($id: ID!) { employmentArea(id: $id) { id } }', variables: { id: 'ei-uuid' }, path: 'id' },
      { query: '{ organization(id: "1 OR 1=1") { id } }', variables: {}, path: 'id' },
      { query: 'query ($slug: String!) { adviceArticle(slug: $slug) { slug } }', variables: { slug: 'ohje\u0000' }, path: 'slug' },
      { query: '{ myTasksDue(before: "2026-13-45") { id } }', variables: {}, path: 'before' },
      {
        query: 'mutation ($input: UpdateEmploymentAreaInput!) { updateEmploymentArea(id: "x", input: $input) { id } }',
        variables: { input: { nameFi: 'Uusi nimi\u0000' } },
        path: 'input.nameFi',
      },
    ];
    for (const example of examples) {
      const result = await client.request(example.query, example.variables);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.path)).toContain(example.path);
    }
  });

  it('answers extreme but legal numbers without an internal error, for every role', async () => {
    const extreme = cases.filter((c) => !c.refused);
    const failures: string[] = [];
    await Promise.all(
      clients.map(async ({ role, client }) => {
        const outcomes = await inBatches(extreme, 6, (item) => send(client, item));
        outcomes.forEach((outcome, index) => {
          const codes = outcome.body?.errors?.map((e) => e.extensions?.code) ?? [];
          if (outcome.status >= 500 || outcome.body === null || codes.includes('INTERNAL_SERVER_ERROR')) {
            failures.push(describeFailure(role, extreme[index], outcome));
          }
        });
      }),
    );
    expect(failures).toEqual([]);
  }, SLOW);
});
