/**
 * Starts the API over the test Neo4j with the fixture graph loaded, and queries it over HTTP.
 * The test database is wiped and re-seeded once per test file.
 */
import type { Driver } from 'neo4j-driver';
import { startServer, type RunningServer, type ServerOptions } from '../../src/api/server.js';
import { applySchema } from '../../src/store/schema.js';
import { loadGraph } from '../../src/store/writer.js';
import { GRAPH, TEXT_MAP } from './api-graph.js';
import { openTestDriver, wipeTestDatabase } from './neo4j.js';

export const API_KEY = 'test-api-key';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface Harness {
  driver: Driver;
  server: RunningServer;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function seed(driver: Driver): Promise<void> {
  await applySchema(driver);
  await wipeTestDatabase(driver);
  await loadGraph(driver, GRAPH, { texts: TEXT_MAP });
}

export async function post<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

export async function startHarness(options: Partial<ServerOptions> = {}): Promise<Harness> {
  const driver = openTestDriver();
  await seed(driver);
  const server = await startServer({ driver, port: 0, apiKey: API_KEY, ensureSchema: false, ...options });
  return {
    driver,
    server,
    query: (query, variables, headers) => post(server.url, query, variables, headers),
    async stop() {
      await server.stop(1000);
      await driver.close();
    },
  };
}
