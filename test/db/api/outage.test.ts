/**
 * Neo4j outages: the API starts without the database, answers /readyz promptly (503 until the
 * database is back, also when it accepts connections and never answers), and a query during the
 * outage is SERVICE_UNAVAILABLE with HTTP 503 after at most the connection timeout, not a 30 s hang
 * or an INTERNAL_SERVER_ERROR.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { openDriver } from '../../../src/store/connection.js';
import { API_KEY, post, seed } from '../../support/api-server.js';
import { openTestDriver, testConnectionSettings } from '../../support/neo4j.js';
import { hostPort, openTcpGate, type TcpGate } from '../../support/tcp-gate.js';

const CONNECT_TIMEOUT_MS = 1_000;
let seeded: Driver;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  seeded = openTestDriver();
  await seed(seeded);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await seeded?.close();
});

/** The API over the test database as seen through a gate in `mode`. */
async function apiBehind(mode: TcpGate['mode']): Promise<{ gate: TcpGate; server: RunningServer }> {
  const settings = testConnectionSettings();
  const gate = await openTcpGate(hostPort(settings.uri), mode);
  cleanups.push(() => gate.close());
  const driver = openDriver({ ...settings, uri: gate.uri, connectTimeoutMs: CONNECT_TIMEOUT_MS });
  cleanups.push(() => driver.close());
  const started = performance.now();
  const server = await startServer({ driver, port: 0, apiKey: API_KEY });
  cleanups.push(() => server.stop(500));
  // Start-up waits for one attempt at the schema at most: about the connection timeout.
  expect(performance.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS + 4_000);
  return { gate, server };
}

async function readyz(server: RunningServer): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(server.url.replace(/graphql$/, 'readyz'));
  return { status: response.status, body: await response.json(), ms: performance.now() - started };
}

describe('Neo4j outages', () => {
  it('starts without the database, is not ready, answers 503 SERVICE_UNAVAILABLE, and is ready once it is back', async () => {
    const { gate, server } = await apiBehind('refuse');
    const down = await readyz(server);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'neo4j unavailable' });

    const query = await post(server.url, '{ documents { totalCount } }');
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(query.errors?.[0]?.message).toMatch(/NEO4J_CONNECT_TIMEOUT_MS/);
    expect(JSON.stringify(query)).not.toMatch(/\bat .*\.js:\d+/);

    gate.mode = 'forward';
    const reopened = performance.now();
    let back = await readyz(server);
    for (let i = 0; back.status !== 200 && i < 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = await readyz(server);
    }
    expect(back).toMatchObject({ status: 200, body: { status: 'ready' } });
    console.error(`ready ${Math.round(performance.now() - reopened)} ms after the database came back`);
    const answered = await post<{ documents: { totalCount: number } }>(
      server.url,
      '{ documents { totalCount } }',
    );
    expect(answered.data?.documents.totalCount).toBe(3);
  }, 60_000);

  it('answers /readyz promptly and queries within the connection timeout when the database is silent', async () => {
    const { server } = await apiBehind('silent');
    const ready = await readyz(server);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(4_000);

    const started = performance.now();
    const query = await post(server.url, '{ agencies { totalCount } }');
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS * 3 + 3_000);
    expect(await fetch(server.url.replace(/graphql$/, 'healthz')).then((r) => r.status)).toBe(200);
    // Writes go to the store without the graph reader; they are an outage too. (Against a refusing
    // server the driver's managed transactions retry for 30 s first: its retry policy for writes.)
    const mutation = await post(
      server.url,
      'mutation { deleteDocument(id: "doc:api-a") }',
      {},
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(mutation.status).toBe(503);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  }, 60_000);
});
