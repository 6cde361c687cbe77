// Load benchmark of the GraphQL API as it runs (issue 15): req/s, p50 and p99 at 1, 10 and 50
// connections for `{ __typename }` (the floor: HTTP, GraphQL parsing, guards and plugins, no
// data), an anonymous searchServices with a word, the same with facets, searchNeeds, and a
// signed-in candidateList, all in one run.
//
// It needs a running API with the demo data and dev login, with rate limits that do not cut the
// load short (they would, by design, at a few hundred requests a minute):
//   RATE_LIMIT_PUBLIC_PER_CLIENT=1000000 RATE_LIMIT_PUBLIC_PER_USER=1000000 LOG_LEVEL=warn npm start
//   npm run bench:api
// Options: BENCH_API_URL (default http://127.0.0.1:$PORT, PORT defaulting to 3000),
// BENCH_DURATION_S per cell (default 4), BENCH_COORDINATOR (default koordinaattori.lahti@ytmt.example).
// Only HTTP 2xx answers without a GraphQL error count: a rate-limited answer (TOO_MANY_REQUESTS)
// or any other error is counted as failed and printed, never as throughput.
// Target: searchServices with a word at 10 connections reaches at least 50 % of the
// `{ __typename }` rate of the same run. Timed assertions do not belong in tests; this script is
// where speed is checked.
import autocannon from 'autocannon';

const BASE_URL = (process.env['BENCH_API_URL'] ?? `http://127.0.0.1:${process.env['PORT'] ?? 3000}`).replace(/\/+$/, '');
const GRAPHQL_URL = `${BASE_URL}/graphql`;
const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 4);
const WARM_UP_S = 1;
const CONNECTIONS = [1, 10, 50] as const;
const COORDINATOR = process.env['BENCH_COORDINATOR'] ?? 'koordinaattori.lahti@ytmt.example';
const TARGET_SHARE = 0.5;
const SEARCH_WORD = 'palkkatuki';

if (!Number.isFinite(DURATION_S) || DURATION_S < 1) throw new Error('BENCH_DURATION_S must be a number ≥ 1');

interface Scenario {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

interface Cell {
  scenario: string;
  connections: number;
  ok: number;
  failed: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  firstFailure: string | null;
}

const FACETS = 'facets { category { value label count } targetGroup { value label count } sector { value label count } deliveryMode { value label count } language { value label count } cost { value label count } area { value label count } }';

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new Error(
      `The API is not reachable at ${GRAPHQL_URL} (${(error as Error).message}). Start it first, e.g.\n` +
        '  RATE_LIMIT_PUBLIC_PER_CLIENT=1000000 RATE_LIMIT_PUBLIC_PER_USER=1000000 LOG_LEVEL=warn npm start\n' +
        'or point BENCH_API_URL at a running one.',
    );
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!response.ok || !body || body.errors?.length || !body.data) {
    throw new Error(`${GRAPHQL_URL} answered ${response.status}: ${JSON.stringify(body?.errors ?? body)} to ${query.slice(0, 120)}`);
  }
  return body.data;
}

/** The scenarios, with the ids they need looked up in the running API's data. */
async function scenarios(): Promise<Scenario[]> {
  await graphql('{ __typename }');
  const { devLogin } = await graphql<{ devLogin: { token: string } }>('mutation ($email: String!) { devLogin(email: $email) { token } }', {
    email: COORDINATOR,
  }).catch((error: Error) => {
    throw new Error(`Signing in as ${COORDINATOR} failed — does the API run with the demo data and AUTH_DEV_LOGIN (npm start)? ${error.message}`);
  });
  const token = devLogin.token;

  // A word from a public need's title, so that the anonymous need search finds something.
  const publicNeeds = await graphql<{ searchNeeds: { edges: { node: { title: string } }[] } }>('{ searchNeeds(first: 20) { edges { node { title } } } }');
  const needWord =
    publicNeeds.searchNeeds.edges
      .flatMap((edge) => edge.node.title.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .find((word) => word.length >= 5) ?? 'työ';

  // The coordinator's need with the longest candidate list.
  const needs = await graphql<{ searchNeeds: { edges: { node: { id: string } }[] } }>('{ searchNeeds(first: 50) { edges { node { id } } } }', {}, token);
  let best: { needId: string; size: number } | null = null;
  for (const { node } of needs.searchNeeds.edges) {
    const list = await graphql<{ candidateList: { totalCount: number } }>('query ($needId: ID!) { candidateList(needId: $needId, first: 1) { totalCount } }', { needId: node.id }, token).catch(
      () => null,
    );
    if (list && list.candidateList.totalCount > (best?.size ?? 0)) best = { needId: node.id, size: list.candidateList.totalCount };
  }
  if (!best) throw new Error(`${COORDINATOR} sees no need with a candidate list: is the demo data loaded (npm run seed:demo)?`);
  console.log(`Need search word "${needWord}"; candidate list of need ${best.needId} (${best.size} candidates)`);

  const hits = 'totalCount edges { node { score service { id name { fi } } } }';
  return [
    { name: '{ __typename }', query: '{ __typename }' },
    { name: 'searchServices word', query: `{ searchServices(query: "${SEARCH_WORD}", first: 10) { ${hits} } }` },
    { name: 'searchServices +facets', query: `{ searchServices(query: "${SEARCH_WORD}", first: 10) { ${hits} ${FACETS} } }` },
    { name: 'searchNeeds', query: `{ searchNeeds(query: "${needWord}", first: 10) { totalCount edges { node { id title companyName score } } } }` },
    {
      name: 'candidateList (signed in)',
      query: 'query ($needId: ID!) { candidateList(needId: $needId, first: 20) { totalCount edges { node { profileId pseudonym score coordinatorStatus } } } }',
      variables: { needId: best.needId },
      token,
    },
  ];
}

async function run(scenario: Scenario, connections: number, seconds: number): Promise<Cell> {
  let firstFailure: string | null = null;
  const result = await autocannon({
    url: GRAPHQL_URL,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(scenario.token ? { authorization: `Bearer ${scenario.token}` } : {}) },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
    connections,
    duration: seconds,
    // A GraphQL error (a rate limit among them) comes with HTTP 200: it is a failure all the same.
    verifyBody: (raw) => {
      const body = String(raw ?? '');
      const ok = body.startsWith('{"data":') && !body.includes('"errors":');
      if (!ok && firstFailure === null) firstFailure = body.slice(0, 300);
      return ok;
    },
  });
  const failed = result.non2xx + result.mismatches + result.errors; // errors include timeouts
  const ok = Math.max(0, result['2xx'] - result.mismatches);
  return {
    scenario: scenario.name,
    connections,
    ok,
    failed,
    seconds: result.duration,
    rate: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    firstFailure,
  };
}

async function main(): Promise<void> {
  console.log(`API benchmark against ${GRAPHQL_URL}: ${DURATION_S} s per cell at ${CONNECTIONS.join(', ')} connections`);
  const list = await scenarios();
  // Every request once, so that a broken query fails here with its error rather than as a rate.
  for (const scenario of list) await graphql(scenario.query, scenario.variables, scenario.token);
  const cells: Cell[] = [];
  for (const scenario of list) {
    await run(scenario, 10, WARM_UP_S);
    for (const connections of CONNECTIONS) {
      const cell = await run(scenario, connections, DURATION_S);
      cells.push(cell);
      process.stdout.write(`  ${scenario.name} @ ${connections}: ${cell.rate.toFixed(0)} req/s\n`);
    }
  }

  console.log('');
  const header = `${'request'.padEnd(28)}${CONNECTIONS.map((c) => `${`${c} conn req/s`.padStart(15)}${'p50'.padStart(9)}${'p99'.padStart(9)}`).join('')}${'failed'.padStart(9)}`;
  console.log(header);
  for (const scenario of list) {
    const row = cells.filter((cell) => cell.scenario === scenario.name);
    const failed = row.reduce((sum, cell) => sum + cell.failed, 0);
    console.log(
      `${scenario.name.padEnd(28)}${row.map((cell) => `${cell.rate.toFixed(0).padStart(15)}${`${cell.p50} ms`.padStart(9)}${`${cell.p99} ms`.padStart(9)}`).join('')}${String(failed).padStart(9)}`,
    );
  }
  const failures = cells.filter((cell) => cell.failed > 0);
  for (const cell of failures) {
    console.log(`FAILED ${cell.failed} of ${cell.scenario} @ ${cell.connections} connections; first: ${cell.firstFailure ?? '(HTTP error or timeout)'}`);
  }
  if (failures.some((cell) => cell.firstFailure?.includes('TOO_MANY_REQUESTS'))) {
    console.log('Rate limits cut the load: start the API with RATE_LIMIT_PUBLIC_PER_CLIENT and RATE_LIMIT_PUBLIC_PER_USER raised (see the top of this script).');
  }

  const at10 = (name: string) => cells.find((cell) => cell.scenario === name && cell.connections === 10)!;
  const share = at10('searchServices word').rate / at10('{ __typename }').rate;
  console.log('');
  console.log(`searchServices with a word / { __typename } at 10 connections: ${(share * 100).toFixed(0)} %`);
  console.log(`Target ≥ ${TARGET_SHARE * 100} %: ${share >= TARGET_SHARE && failures.length === 0 ? 'PASS' : 'FAIL'}${failures.length > 0 ? ' (failed requests)' : ''}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
