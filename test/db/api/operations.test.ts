/**
 * The graph `npm start` serves answers every prepared question: the seeds, extracted and loaded
 * through the same load service as `npm start` (loadPaths), then every operation in queries/ with the
 * variables of its `# variables:` header (the ones the playground tabs use) and every curl example
 * of the README. So an extractor change that leaves an example without an answer fails here: update
 * the variables in the operation's header (the only place they are written down).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabOf } from '../../../src/api/playground/page.js';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { loadPaths } from '../../../src/load/load-service.js';
import { post } from '../../support/api-server.js';
import { openTestDriver, testConnectionSettings, wipeTestDatabase } from '../../support/neo4j.js';

const QUERIES = new URL('../../../queries/', import.meta.url);
const FILES = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

let driver: Driver;
let server: RunningServer;

beforeAll(async () => {
  driver = openTestDriver();
  await wipeTestDatabase(driver);
  const { database } = testConnectionSettings();
  const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
  const { summary, failures } = await loadPaths({ driver, database }, [seeds]);
  expect(failures).toEqual([]);
  expect(summary.documents.loaded).toBeGreaterThan(0);
  server = await startServer({ driver, port: 0, ensureSchema: false, database });
  // Writing the seeds into a server whose JVM is still cold took up to 80 s on the loaded 2-core machine.
}, 300_000);
afterAll(async () => {
  await server?.stop(1000);
  await driver?.close();
});

/**
 * Where an answer is empty: a null root field, an empty list at the root or directly under a root
 * object (a connection's edges, a project's roles or dependencies), or a count of zero there.
 */
function emptyParts(data: Record<string, unknown> | null | undefined): string[] {
  if (!data) return ['data'];
  const empty: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) empty.push(field);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [key, inner] of Object.entries(value)) {
      if ((Array.isArray(inner) && inner.length === 0) || (key === 'totalCount' && inner === 0)) {
        empty.push(`${field}.${key}`);
      }
    }
  }
  return empty;
}

describe('queries/ on the seeds graph', () => {
  it('has the researcher questions', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
  });

  it.each(FILES)('%s answers with data for the variables in its header', async (file) => {
    const tab = tabOf(readFileSync(new URL(file, QUERIES), 'utf8'));
    expect(tab.variables, `${file} has no # variables: header`).toBeDefined();
    const variables = JSON.parse(tab.variables!) as Record<string, unknown>;
    const result = await post<Record<string, unknown>>(server.url, tab.query, variables);
    expect(result.errors, `${file} with ${tab.variables}`).toBeUndefined();
    expect(emptyParts(result.data), `${file} with ${tab.variables}: empty parts`).toEqual([]);
  });
});

describe('the README examples on the seeds graph', () => {
  it('links every operation in queries/, and only existing ones', () => {
    const linked = [...README.matchAll(/\]\(queries\/([\w-]+\.graphql)\)/g)].map((m) => m[1]);
    expect(new Set(linked)).toEqual(new Set(FILES));
  });

  it('answers every curl example with data', async () => {
    const bodies = [...README.matchAll(/curl [^\n]*-d '([^']+)'/g)].map((m) => m[1]!);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const result = await post<Record<string, unknown>>(server.url, query, variables ?? {});
      expect(result.errors, body).toBeUndefined();
      expect(emptyParts(result.data), body).toEqual([]);
    }
  });
});
