/**
 * Abuse benchmark: how long a tiny query waits while other clients send the request issue 11
 * measured as a denial of service (4,900 aliases of `search(text:"市", first:0){ totalCount }`,
 * 254 KB), four at a time, in a loop.
 *
 *   npx tsx bench/abuse.ts [--factor 1] [--seconds 5]
 *
 * Then, with a black-holed database (a TCP server that accepts and never answers): how long /readyz
 * and a query take to answer (503) with the default NEO4J_CONNECT_TIMEOUT_MS.
 *
 * Starts a throw-away local Neo4j (`abuse-bench`, stopped at the end) with `factor` × the seeds
 * (bench/corpus.ts) loaded through the real pipeline. Prints a Markdown table for docs/performance.md.
 */
import { createServer, type Socket } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { startServer } from '../src/api/server.js';
import { applySchema } from '../src/store/schema.js';
import { openDriver } from '../src/store/connection.js';
import { disableNagle } from '../src/store/tcp-no-delay.js';
import { loadGraph } from '../src/store/writer.js';
import { extractGraph } from '../loaders/index.js';
import { ensureLocalServer, stopLocalServer } from '../src/neo4j-server/local-server.js';
import { pickFreePort } from '../src/neo4j-server/ports.js';
import { TEST_TUNING } from '../src/neo4j-server/server-config.js';
import { generateCorpus } from './corpus.js';

const INSTANCE = 'abuse-bench';
const TINY = JSON.stringify({ query: '{ agencies(first: 1) { totalCount } }' });
const FLOOD = JSON.stringify({
  query: `{ ${Array.from({ length: 4900 }, (_, i) => `a${i}: search(text: "市", first: 0) { totalCount }`).join(' ')} }`,
});

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

async function timed(url: string, body: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return `${at(0.5).toFixed(1)} ms | ${at(0.99).toFixed(1)} ms | ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`;
}

async function tinyLatencies(url: string, until: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!until()) {
    samples.push((await timed(url, TINY)).ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return samples;
}

async function loadSeeds(driver: Driver, factor: number): Promise<void> {
  const corpus = generateCorpus(factor);
  const { graph } = extractGraph(corpus.map((d) => ({ file: d.file, bytes: Buffer.from(d.text, 'utf8') })));
  await applySchema(driver);
  await loadGraph(driver, graph);
}

/** /readyz and a query against a database that accepts connections and never answers. */
async function blackHoled(): Promise<void> {
  const held: Socket[] = [];
  const hole = createServer((socket) => held.push(socket));
  await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
  const { port } = hole.address() as { port: number };
  const driver = openDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', local: false });
  try {
    let started = performance.now();
    const api = await startServer({ driver, port: 0 });
    const startMs = performance.now() - started;
    const readyz = await timedGet(api.url.replace(/graphql$/, 'readyz'));
    const query = await timed(api.url, TINY);
    started = performance.now();
    await api.stop(1000);
    console.log('');
    console.log('| black-holed database (accepts, never answers) | time | HTTP |');
    console.log('|---|---|---|');
    console.log(`| API start-up (one attempt at the schema) | ${startMs.toFixed(0)} ms | — |`);
    console.log(`| /readyz | ${readyz.ms.toFixed(0)} ms | ${readyz.status} |`);
    console.log(`| tiny query | ${query.ms.toFixed(0)} ms | ${query.status} |`);
  } finally {
    await driver.close();
    for (const socket of held) socket.destroy();
    hole.close();
  }
}

async function timedGet(url: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

async function main(argv: string[]): Promise<void> {
  const factor = option(argv, '--factor', 1);
  const seconds = option(argv, '--seconds', 5);
  disableNagle();
  const neo4j = await ensureLocalServer({
    name: INSTANCE,
    boltPort: await pickFreePort(),
    tuning: TEST_TUNING,
    detached: false,
    log: (line) => console.error(`[db] ${line}`),
  });
  const driver = openDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, local: true });
  try {
    await loadSeeds(driver, factor);
    const api = await startServer({ driver, port: 0, ensureSchema: false });
    // Warm-up: the first requests compile the resolvers' code paths.
    for (let i = 0; i < 20; i++) await timed(api.url, TINY);
    const quiet = await tinyLatencies(
      api.url,
      (
        (end) => () =>
          performance.now() > end
      )(performance.now() + seconds * 1000),
    );
    let flooding = true;
    const floods: { ms: number; status: number }[] = [];
    const flooder = async () => {
      while (flooding) floods.push(await timed(api.url, FLOOD));
    };
    const running = [flooder(), flooder(), flooder(), flooder()];
    const busy = await tinyLatencies(
      api.url,
      (
        (end) => () =>
          performance.now() > end
      )(performance.now() + seconds * 1000),
    );
    flooding = false;
    await Promise.all(running);
    await api.stop(1000);
    const statuses = [...new Set(floods.map((f) => f.status))].join(', ');
    console.log('| tiny query `{ agencies(first: 1) { totalCount } }` | p50 | p99 | max |');
    console.log('|---|---|---|---|');
    console.log(`| alone (${quiet.length} requests) | ${summary(quiet)} |`);
    console.log(
      `| while 4 clients send the 4,900-alias request in a loop (${busy.length} requests) | ${summary(busy)} |`,
    );
    console.log(
      `| the 4,900-alias request itself (${floods.length} sent, HTTP ${statuses}) | ${summary(floods.map((f) => f.ms))} |`,
    );
  } finally {
    await driver.close();
    await stopLocalServer({ name: INSTANCE, graceful: false, removeHome: true });
  }
}

await main(process.argv.slice(2));
await blackHoled();
