import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLInputType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  visit,
} from 'graphql';
import { GRAPHQL_LIST_SIZES, queryComplexity } from '@ytmt/core';
import { createApp, fillerValue, TestApp } from '@ytmt/test-kit';
import { API_LIST_SIZES } from '../../apps/api/src/list-sizes';

/**
 * Issue 11, point 11: one anonymous 10.9 kB query nesting employmentAreas → municipalities →
 * employmentArea → … under 50 aliases passed the depth and complexity limits, ran for minutes and
 * took /health down. Every list element now counts, aliases and tokens are limited, and execution
 * time is bounded.
 */

const ROOT = join(__dirname, '..', '..');

/** The chain of the attack, `levels` employment areas deep. */
function areaChain(levels: number): string {
  let selection = 'code nameFi';
  for (let level = 0; level < levels; level++) {
    selection = `code nameFi municipalities { code nameFi ${level === 0 ? '' : `employmentArea { ${selection} }`} }`;
  }
  return `employmentAreas { ${selection} }`;
}

/** The request of the report: 50 aliases of the nested chain, about 11 kB. */
const ATTACK = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${areaChain(4)}`).join(' ')} }`;

interface RawAnswer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(app: TestApp, query: string): Promise<RawAnswer> {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as RawAnswer['body'] };
}

/** Refused as a whole, before execution: HTTP 400, a typed code, and no `data` at all. */
function expectRefused(answer: RawAnswer, message: RegExp): void {
  expect(answer.status).toBe(400);
  expect('data' in answer.body).toBe(false);
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
  expect(answer.body.errors?.[0].message).toMatch(message);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every operation the web app sends, with the fragments it spreads. */
function webOperations(): { name: string; document: DocumentNode; operation: OperationDefinitionNode }[] {
  const definitions = sourceFiles(join(ROOT, 'apps/web/src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)].flatMap((m) => parse(m[1]).definitions),
  );
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return definitions.flatMap((operation) => {
    if (operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const needed = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !needed.has(fragment.name.value)) {
            needed.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
    return [{ name: operation.name?.value ?? '(anonymous)', document, operation }];
  });
}

describe('Query cost, aliases, tokens (issue 11, point 11)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('refuses the reported attack before running it, while /health keeps answering', async () => {
    expect(ATTACK.length).toBeGreaterThan(10_000);
    let polling = true;
    const healthStatuses: number[] = [];
    const poller = (async () => {
      while (polling) {
        healthStatuses.push((await fetch(`${app.url}/health`)).status);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(app, ATTACK)));
    const elapsed = Date.now() - started;
    polling = false;
    await poller;

    for (const answer of answers) expectRefused(answer, /tokens|aliases|complexity/);
    // A generous bound: twenty refusals, not twenty executions that once took minutes each.
    expect(elapsed).toBeLessThan(10_000);
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(healthStatuses.every((status) => status === 200)).toBe(true);
  });

  it('counts every element of lists without paging: one chain alone is refused by its cost', async () => {
    const single = `{ ${areaChain(4)} }`;
    expectRefused(await post(app, single), /complexity \d+ exceeds the limit of 25000/);
    // Before, it cost one per field; now 50 areas × 60 municipalities × … .
    const host = app.app.get(GraphQLSchemaHost);
    expect(queryComplexity(host, parse(single), undefined, {}, 1_000_000, API_LIST_SIZES)).toBeGreaterThan(1_000_000);
    // A shallow read of the same lists is fine.
    const shallow = await post(app, '{ employmentAreas { nameFi municipalities { code nameFi } } }');
    expect(shallow.body.errors).toBeUndefined();
  });

  it('limits aliases per document', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `m${i}: municipality(code: "398") { nameFi }`).join(' ')} }`;
    expect((await post(app, aliased(20))).body.errors).toBeUndefined();
    expectRefused(await post(app, aliased(21)), /21 aliases; at most 20/);
  });

  it('stops parsing a document with too many tokens', async () => {
    const long = `{ ${Array.from({ length: 1100 }, () => 'me { id }').join(' ')} }`;
    expectRefused(await post(app, long), /more than 2000 tokens/);
  });

  it('refuses a fragment bomb by its expanded size without expanding it', async () => {
    const levels = 25;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Municipality { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const bomb = `{ municipality(code: "398") { ...F0 } } ${fragments} fragment F${levels} on Municipality { code }`;
    const answer = await post(app, bomb);
    expect(answer.status).toBe(400);
    expect('data' in answer.body).toBe(false);
    expect(answer.body.errors?.[0].extensions?.['code']).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('keeps every document of the web app under the limit', () => {
    const host = app.app.get(GraphQLSchemaHost);
    const over: string[] = [];
    for (const { name, document, operation } of webOperations()) {
      // The largest page the web app asks for is 20; required variables get plausible values.
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const variable = definition.variable.name.value;
        const type = typeFromAST(host.schema, definition.type) as GraphQLInputType;
        if (variable === 'first') variables[variable] = 20;
        else if (isNonNullType(type)) variables[variable] = fillerValue(type, variable);
      }
      const cost = queryComplexity(host, document, undefined, variables, 1_000_000, API_LIST_SIZES);
      if (cost > app.config.graphql.maxComplexity) over.push(`${name}: ${cost}`);
    }
    expect(webOperations().length).toBeGreaterThan(20);
    expect(over).toEqual([]);
  });

  it('names in the list sizes the libraries declare only lists of objects that exist', () => {
    // The record the app composed is the one its cost analysis counts with.
    expect(app.app.get(GRAPHQL_LIST_SIZES)).toBe(API_LIST_SIZES);
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const stale = Object.keys(API_LIST_SIZES).filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
      const unwrapped = field && isNonNullType(field.type) ? field.type.ofType : field?.type;
      return !field || !isListType(unwrapped) || !isCompositeType(getNamedType(field.type));
    });
    expect(stale).toEqual([]);
  });
});

describe('Execution time bound (issue 11, point 11)', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Cost and alias limits opened wide so that only the time bound stands in the way; a bound of
    // a few milliseconds is sure to be met by tens of thousands of objects loaded level by level.
    app = await createApp({ env: { GRAPHQL_MAX_EXECUTION_MS: '5', GRAPHQL_MAX_COMPLEXITY: '1000000000', GRAPHQL_MAX_ALIASES: '100' } });
  });
  afterAll(() => app.close());

  it('stops an operation that runs out of time with one typed error, and the API stays up', async () => {
    const heavy = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${areaChain(3)}`).join(' ')} }`;
    const answer = await post(app, heavy);
    const timeouts = answer.body.errors?.filter((e) => e.extensions?.['reason'] === 'QUERY_TIMEOUT') ?? [];
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0].extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(answer.body.errors?.some((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')).toBe(false);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});
