/**
 * No N+1: a nested query costs at most one Cypher round trip per level, however many rows each level
 * has; the relations of projects that the request selects come with the projects themselves.
 * The server gets a driver wrapper that counts sessions (every API read is one session, one statement).
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { openTestDriver } from '../../support/neo4j.js';
import { post, seed } from '../../support/api-server.js';

let driver: Driver;
let server: RunningServer;
let roundTrips = 0;

beforeAll(async () => {
  driver = openTestDriver();
  await seed(driver);
  // Every API read opens one session for one statement (graph-reader.ts); counting sessions counts
  // round trips, and executeQuery is counted too in case a read goes through it.
  const counting = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'executeQuery' || property === 'session') {
        const method = (target[property] as (...args: unknown[]) => unknown).bind(target);
        return (...args: unknown[]) => {
          roundTrips++;
          return method(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  server = await startServer({ driver: counting, port: 0, ensureSchema: false });
});

afterAll(async () => {
  await server?.stop(1000);
  await driver?.close();
});

async function countTrips(query: string): Promise<{ trips: number; data: unknown }> {
  roundTrips = 0;
  const result = await post(server.url, query);
  expect(result.errors).toBeUndefined();
  return { trips: roundTrips, data: result.data };
}

const THREE_LEVELS = (first: number) => `{
  projects(first: ${first}) { edges { node { name
    leads { name
      coOwners(first: 10) { edges { node { sharedCount b { name } } } } } } } } }`;

it('costs at most one round trip per level for projects → leads → coOwners, independent of row counts', async () => {
  const small = await countTrips(THREE_LEVELS(1));
  const large = await countTrips(THREE_LEVELS(50));
  // projects with their leads (one statement), then the leads' co-owners (one batch)
  expect(small.trips).toBe(2);
  expect(large.trips).toBe(2);
  const rows = JSON.stringify(large.data).match(/"sharedCount"/g)?.length ?? 0;
  expect(rows).toBeGreaterThan(3);
});

it('batches every relation field of a wide query level by level', async () => {
  const { trips } = await countTrips(`{ projects(first: 50) { edges { node {
    leads { id } assistants { id } roles { role evidence { quote document { file } } }
    places { name parent { name } } funding { totals { yuan } } dependsOn(depth: 2) { to { name } } } } } }`);
  // projects; roles (leads+assistants+roles share it); places; funding; dependsOn; evidence documents; parents
  expect(trips).toBeLessThanOrEqual(7);
});

it('answers each project question of queries/ in one round trip', async () => {
  const question = (file: string) => readFileSync(`queries/${file}`, 'utf8');
  const cases: [string, Record<string, unknown>][] = [
    ['district-projects.graphql', { place: 'place:zh' }],
    ['dependency-chain.graphql', { id: 'project:hkc2', depth: 3 }],
    ['evidence-for-a-fact.graphql', { id: 'project:szm' }],
  ];
  for (const [file, variables] of cases) {
    roundTrips = 0;
    const result = await post(server.url, question(file), variables);
    expect(result.errors, file).toBeUndefined();
    expect(roundTrips, file).toBe(1);
  }
});
