/**
 * API benchmark: the five researcher questions of queries/ served by this API and by an
 * @neo4j/graphql 7 server over the same Neo4j and data, loaded with autocannon on loopback.
 *
 *   npm run bench:api [-- --factor 10] [--duration 10] [--rounds 2] [--connections 10] [--no-docs]
 *                     [--only CoOwningAgencies,DependencyChain]   (implies --no-docs)
 *
 * Without NEO4J_URI it starts a throw-away local Neo4j (`api-bench`, stopped at the end) and loads
 * `factor` × the seeds (bench/corpus.ts) through the real pipeline and store; with NEO4J_URI it
 * benchmarks that server's data as it is. Unless --no-docs, the table replaces the "## API" section
 * of docs/performance.md. Target: this API at least as fast as @neo4j/graphql (ratio ≤ 1.0).
 *
 * Fairness: both servers share the process, the driver (so the same connection pool), the data and the
 * variables; each gets the same warm-up, then they take turns (`rounds` times `duration` seconds each,
 * who goes first alternating) so that a change in machine load hits both. Before measuring, both answers
 * are checked to name the same ids and names (`sameAnswer`). The npm script runs with
 * NODE_ENV=production, as a deployment would: graphql-js skips its development-only checks then.
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { startServer } from '../src/api/server.js';
import { tabOf } from '../src/api/playground/page.js';
import { getConfig } from '../src/config.js';
import { openDriver, connectionSettings } from '../src/store/connection.js';
import { disableNagle } from '../src/store/tcp-no-delay.js';
import { applySchema } from '../src/store/schema.js';
import { loadGraph } from '../src/store/writer.js';
import { extractGraph } from '../loaders/index.js';
import { ensureLocalServer, stopLocalServer } from '../src/neo4j-server/local-server.js';
import { pickFreePort } from '../src/neo4j-server/ports.js';
import { TEST_TUNING } from '../src/neo4j-server/server-config.js';
import { generateCorpus } from './corpus.js';
import { NEO4J_GRAPHQL_QUERIES, NEO4J_GRAPHQL_TYPE_DEFS } from './neo4j-graphql-typedefs.js';

const PERFORMANCE_DOC = 'docs/performance.md';
const INSTANCE = 'api-bench';

interface Options {
  factor: number;
  duration: number;
  rounds: number;
  connections: number;
  docs: boolean;
  only: string[] | null;
}

interface Measurement {
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** autocannon for `seconds`; every response's latency goes into `latencies` (autocannon's own table has no p95). */
async function load(
  url: string,
  body: string,
  seconds: number,
  connections: number,
  latencies: number[] = [],
): Promise<{ requests: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    setupClient(client) {
      client.on('response', (_status: number, _bytes: number, responseTime: number) =>
        latencies.push(responseTime),
      );
    },
  });
  return { requests: result.requests.total, errors: result.errors + result.non2xx };
}

interface Contender {
  url: string;
  body: string;
  latencies: number[];
  requests: number;
  errors: number;
  seconds: number;
}

function measurement(c: Contender): Measurement {
  const sorted = [...c.latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    rps: c.requests / c.seconds,
    errors: c.errors,
  };
}

/** Same warm-up for both, then `rounds` turns each, alternating who goes first. */
async function compare(
  ours: Contender,
  theirs: Contender,
  options: Options,
): Promise<[Measurement, Measurement]> {
  for (const c of [ours, theirs]) await load(c.url, c.body, 2, options.connections);
  for (let round = 0; round < options.rounds; round++) {
    for (const c of round % 2 === 0 ? [ours, theirs] : [theirs, ours]) {
      const { requests, errors } = await load(
        c.url,
        c.body,
        options.duration,
        options.connections,
        c.latencies,
      );
      c.requests += requests;
      c.errors += errors;
      c.seconds += options.duration;
    }
  }
  return [measurement(ours), measurement(theirs)];
}

/** Every id, name and group key an answer names: equal sets = the two servers answered the same question. */
export function namedValues(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) namedValues(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (['id', 'name', 'key'].includes(key) && typeof inner === 'string') into.add(inner);
      else namedValues(inner, into);
    }
  }
  return into;
}

function sameAnswer(name: string, ours: unknown, theirs: unknown): void {
  const a = namedValues(ours);
  const b = namedValues(theirs);
  const onlyOurs = [...a].filter((x) => !b.has(x));
  const onlyTheirs = [...b].filter((x) => !a.has(x));
  if (onlyOurs.length || onlyTheirs.length) {
    throw new Error(
      `${name}: the answers differ (only ours: ${onlyOurs.slice(0, 5).join(', ')}; only theirs: ${onlyTheirs.slice(0, 5).join(', ')})`,
    );
  }
  console.error(`${name}: both answers name the same ${a.size} ids/names`);
}

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function loadCorpus(driver: Driver, factor: number): Promise<void> {
  const corpus = generateCorpus(factor);
  console.error(`extracting ${corpus.length} documents (${factor}× seeds) …`);
  const { graph } = extractGraph(corpus.map((d) => ({ file: d.file, bytes: Buffer.from(d.text, 'utf8') })));
  const textByFile = new Map(corpus.map((d) => [d.file, d.text]));
  const texts = new Map(graph.documents.map((d) => [d.id, textByFile.get(d.file) ?? '']));
  console.error(`loading ${graph.nodes.length} nodes, ${graph.edges.length} edges …`);
  await applySchema(driver);
  await loadGraph(driver, graph, { texts });
}

/** Variables that make each question non-trivial on the loaded data. */
async function pickVariables(driver: Driver): Promise<Record<string, Record<string, unknown>>> {
  const one = async (cypher: string): Promise<string> => {
    const { records } = await driver.executeQuery(cypher);
    const value = records[0]?.get(0) as string | undefined;
    if (!value) throw new Error(`no data for: ${cypher}`);
    return value;
  };
  const place = await one(
    'MATCH (p:Place)<-[:LOCATED_IN]-(:Project) RETURN p.id, count(*) AS n ORDER BY n DESC, p.id LIMIT 1',
  );
  const chain = await one(
    'MATCH path = (p:Project)-[:DEPENDS_ON*1..3]->(:Project) RETURN p.id, max(length(path)) AS d, count(path) AS n ORDER BY d DESC, n DESC, p.id LIMIT 1',
  );
  const owned = await one(
    'MATCH (p:Project)<-[r:LEADS|ASSISTS]-(:Agency) RETURN p.id, count(r) AS n ORDER BY n DESC, p.id LIMIT 1',
  );
  return {
    CoOwningAgencies: { minShared: 2, first: 10 },
    DistrictProjectsWithFunding: { place, first: 20 },
    DependencyChain: { id: chain, depth: 3 },
    WhereTheMoneyGoes: { first: 10 },
    EvidenceForAFact: { id: owned },
  };
}

/** Our operations by name, from queries/*.graphql. */
function ourQueries(): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of readdirSync('queries').filter((f) => f.endsWith('.graphql'))) {
    const source = tabOf(readFileSync(`queries/${file}`, 'utf8')).query;
    const name = /query\s+(\w+)/.exec(source)?.[1];
    if (name) queries.set(name, source);
  }
  return queries;
}

/**
 * Before the work on issue 4 (p50 ratios, kept for comparison): the first measurement, against a
 * baseline that answered less, and the code of that time against this baseline (same bench, --duration 5).
 */
const EARLIER_RATIOS = [
  'first measurement (weaker baseline): CoOwningAgencies 1.83, DistrictProjectsWithFunding 7.21,',
  'DependencyChain 1.44, WhereTheMoneyGoes 2.70, EvidenceForAFact 1.83; the same API code against this',
  'baseline (commit 12e28df): 1.57, 1.50, 0.98, 1.20, 1.35.',
];

function section(
  rows: string[],
  met: number,
  options: Options,
  graphSize: string,
  loadAtStart: number,
): string {
  const [load1, load5] = loadavg();
  return [
    '## API',
    '',
    `The five questions of \`queries/\` served by this API (\`src/api\`) and by \`@neo4j/graphql\` 7 over the same`,
    `Neo4j 5.26 and data (${graphSize}), loaded by autocannon on loopback with ${options.connections} connections:`,
    `a 2 s warm-up each, then ${options.rounds} turns of ${options.duration} s each, alternating who goes first.`,
    'Latencies in ms over all turns; ratio = our p50 / their p50 (≤ 1.0 = target met).',
    '',
    '| question | ours p50 | ours p95 | ours req/s | @neo4j/graphql p50 | p95 | req/s | p50 ratio | req/s ratio (theirs/ours) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Target (p50 ratio ≤ 1.0) met on ${met} of ${rows.length} questions. Before the work on issue 4 (p50 ratios):`,
    ...EARLIER_RATIOS,
    '',
    '**Same questions, same answers.** The baseline (`bench/neo4j-graphql-typedefs.ts`) answers each question',
    'with the same information as ours, checked before measuring (both answers name the same ids and names):',
    'district projects including sub-places (its nested `parent` filter, 3 levels = the deepest in the data),',
    'ordered by the largest amount (a `@cypher` sort field) with totalCount; both dependency directions;',
    'money per place (with the number of groups) and per agency; agency pairs with ids, shared projects and',
    'the number of pairs; the documents behind the role evidence. Shapes still differ (their `funding` lists',
    'the amounts, ours sums them per kind; their evidence is lists on the relationship, ours one object per',
    'item). Its `@cypher` aggregations (pairs, money) run the same Cypher as our translate layer, so the',
    'comparison is of the API layers. Both servers share one Node process, one driver (connection pool),',
    'the same Apollo plugin settings (no cache-control) and `NODE_ENV=production`.',
    '',
    '**What makes ours fast.** Each question is one Cypher statement: a project list or project fetches the',
    'relations the request selects (leads, places, funding, roles with evidence documents, dependency chains)',
    'in its own statement and primes the per-request loaders (`src/api/translate/prefetch.ts`); deeper',
    'levels still cost one batched round trip each. Lists count all matches only when `totalCount` is',
    'selected; agency pairs are counted before their shared projects are collected (only for the page);',
    'depth/complexity checks are remembered per parsed query; reads are auto-commit transactions (no COMMIT',
    'exchange). Where the statement is the same on both sides (agency pairs), the two are close to parity.',
    '',
    `**Machine load.** ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores shared with other engineers' work; load`,
    `average ${loadAtStart.toFixed(2)} at the start, ${load1?.toFixed(2)} / ${load5?.toFixed(2)} (1 / 5 min) at the end; Node ${process.version}.`,
    'Absolute latencies follow the load (the same run varies by ±20% between turns); the ratios are the',
    'result, as both servers take turns under the same load. Run it when `uptime` shows the lowest load, and',
    `twice if the ratios are close to 1. Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'Reproduce: `npm run bench:api` (starts a throw-away Neo4j, loads 10× the seeds through the pipeline;',
    'options `-- --factor N --duration S --rounds R --connections C --only Q1,Q2 --no-docs`; with',
    '`NEO4J_URI` set it measures that server’s data instead).',
    '',
  ].join('\n');
}

function writeSection(text: string): void {
  let doc = existsSync(PERFORMANCE_DOC) ? readFileSync(PERFORMANCE_DOC, 'utf8') : '# Performance\n';
  const start = doc.indexOf('## API');
  if (start < 0) {
    doc = `${doc.trimEnd()}\n\n${text}`;
  } else {
    const next = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + text + (next < 0 ? '' : `\n${doc.slice(next + 1)}`);
  }
  writeFileSync(PERFORMANCE_DOC, doc);
}

async function main(argv: string[]): Promise<number> {
  const options: Options = {
    factor: option(argv, '--factor', 10),
    duration: option(argv, '--duration', 10),
    rounds: option(argv, '--rounds', 2),
    connections: option(argv, '--connections', 10),
    docs: !argv.includes('--no-docs') && !argv.includes('--only'),
    only: argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : null,
  };
  const loadAtStart = loadavg()[0] ?? 0;
  let startedInstance = false;
  let driver: Driver;
  // As the servers in production run (src/main.ts): no Nagle delay on Bolt.
  disableNagle();
  if (getConfig().neo4j.uri) {
    driver = openDriver(connectionSettings());
  } else {
    const server = await ensureLocalServer({
      name: INSTANCE,
      boltPort: await pickFreePort(),
      tuning: { ...TEST_TUNING, heap: '1g', pageCache: '256m' },
      detached: false,
      log: (line) => console.error(`[db] ${line}`),
    });
    startedInstance = !server.reused;
    driver = openDriver({ uri: server.uri, user: server.user, password: server.password, local: true });
    await loadCorpus(driver, options.factor);
  }

  const ours = await startServer({ driver, port: 0, ensureSchema: false });
  const neo = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  // The same Apollo plugin settings as ours (src/api/server.ts): no cache-control field wrapping.
  const baseline = new ApolloServer({
    schema: await neo.getSchema(),
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  const { url: theirsUrl } = await startStandaloneServer(baseline, {
    listen: { port: 0, host: '127.0.0.1' },
  });

  try {
    const variables = await pickVariables(driver);
    const queries = ourQueries();
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS facts',
    );
    const graphSize = `${records[0]?.get('nodes')} entities, ${records[0]?.get('facts')} facts`;
    const rows: string[] = [];
    let met = 0;
    for (const [name, theirQuery] of Object.entries(NEO4J_GRAPHQL_QUERIES)) {
      if (options.only && !options.only.includes(name)) continue;
      const ourQuery = queries.get(name);
      if (!ourQuery) throw new Error(`queries/ has no operation ${name}`);
      const ourBody = JSON.stringify({ query: ourQuery, variables: variables[name] });
      const theirBody = JSON.stringify({ query: theirQuery, variables: variables[name] });
      const answers: unknown[] = [];
      for (const [who, url, body] of [
        ['ours', ours.url, ourBody],
        ['@neo4j/graphql', theirsUrl, theirBody],
      ] as const) {
        const check = await post(url, body);
        if (check.errors?.length || !check.data)
          throw new Error(`${who} ${name}: ${JSON.stringify(check.errors)}`);
        answers.push(check.data);
      }
      sameAnswer(name, answers[0], answers[1]);
      console.error(`${name}: warming up and measuring …`);
      const contender = (url: string, body: string): Contender => ({
        url,
        body,
        latencies: [],
        requests: 0,
        errors: 0,
        seconds: 0,
      });
      const [a, b] = await compare(contender(ours.url, ourBody), contender(theirsUrl, theirBody), options);
      const line =
        `| ${name} | ${a.p50.toFixed(1)} | ${a.p95.toFixed(1)} | ${a.rps.toFixed(0)} | ${b.p50.toFixed(1)} | ${b.p95.toFixed(1)} | ${b.rps.toFixed(0)} | ` +
        `${(a.p50 / b.p50).toFixed(2)} | ${(b.rps / a.rps).toFixed(2)} |`;
      console.log(line + (a.errors || b.errors ? ` (errors: ours ${a.errors}, theirs ${b.errors})` : ''));
      rows.push(line);
      if (a.p50 <= b.p50) met++;
    }
    const text = section(rows, met, options, graphSize, loadAtStart);
    console.log(text);
    if (options.docs) writeSection(text);
  } finally {
    await ours.stop(1000);
    await baseline.stop();
    await driver.close();
    if (startedInstance) await stopLocalServer({ name: INSTANCE });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
