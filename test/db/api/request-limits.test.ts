/**
 * Requests that would run many statements are refused before any runs: the query's length, its
 * root fields and its aliases are limited, and every field that runs a statement costs it.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_QUERY_CHARS, MAX_ROOT_FIELDS, MAX_TOKENS } from '../../../src/api/limits.js';
import { startServer, type RunningServer } from '../../../src/api/server.js';
import { post, startHarness, type Harness } from '../../support/api-server.js';

let api: Harness;
let counted: RunningServer;
let sessions = 0;

/** The test driver, counting the sessions (every statement the API runs opens one). */
function countingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session' || property === 'executeQuery') {
        return (...args: unknown[]) => {
          sessions++;
          return (target[property] as (...a: unknown[]) => unknown)(...args);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

beforeAll(async () => {
  api = await startHarness();
  counted = await startServer({ driver: countingDriver(api.driver), port: 0, ensureSchema: false });
});
afterAll(async () => {
  await counted?.stop(1000);
  await api?.stop();
});

const aliased = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: search(text: "市", first: 0) { totalCount }`).join(' ')} }`;

describe('request limits', () => {
  it('refuses 4,900 aliased searches by their length, before any statement runs', async () => {
    const query = aliased(4900);
    expect(query.length).toBeGreaterThan(MAX_QUERY_CHARS);
    const before = sessions;
    const result = await post(counted.url, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'queryLength' });
    expect(sessions).toBe(before);
  });

  it('refuses more aliases than MAX_ALIASES in a short query, before any statement runs', async () => {
    const names = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `n${i}: name`).join(' ');
    const query = `{ agencies(first: 1) { edges { node { ${names} } } } }`;
    expect(query.length).toBeLessThan(MAX_QUERY_CHARS);
    const before = sessions;
    const result = await post(counted.url, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
    expect(sessions).toBe(before);
  });

  it('refuses more root fields than MAX_ROOT_FIELDS, also through fragments', async () => {
    const fields = ['agencies', 'places', 'projects', 'documents']
      .map((f) => `${f}(first: 1) { totalCount }`)
      .join(' ');
    const fragments = Array.from({ length: 6 }, (_, i) => `...F${i}`).join(' ');
    const definitions = Array.from({ length: 6 }, (_, i) => `fragment F${i} on Query { ${fields} }`);
    const query = `{ ${fragments} }\n${definitions.join('\n')}`;
    const before = sessions;
    const result = await post(counted.url, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'rootFields',
      rootFields: 24,
      maxRootFields: MAX_ROOT_FIELDS,
    });
    expect(sessions).toBe(before);
  });

  it('stops parsing after MAX_TOKENS tokens in a query within the length limit', async () => {
    const query = `{ ${'a '.repeat(MAX_TOKENS)}}`;
    expect(query.length).toBeLessThan(MAX_QUERY_CHARS);
    const before = sessions;
    const result = await post(counted.url, query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/5000 tokens\. Parsing aborted/);
    expect(sessions).toBe(before);
  });

  it('still answers a request within the limits, with the statements it needs', async () => {
    const before = sessions;
    const result = await post<{ a0: { totalCount: number } }>(counted.url, aliased(3));
    expect(result.errors).toBeUndefined();
    expect(result.data?.a0.totalCount).toBeGreaterThan(0);
    expect(sessions - before).toBe(3);
  });

  it('gives all statements of a request one time budget: TIMEOUT once it is spent', async () => {
    const tight = await startServer({ driver: api.driver, port: 0, ensureSchema: false, requestBudgetMs: 1 });
    try {
      // The first level's round trip alone takes longer than 1 ms: the next level is refused.
      const result = await post(
        tight.url,
        '{ documents(first: 3) { edges { node { facts { totalCount } } } } }',
      );
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors?.every((e) => e.extensions?.code === 'TIMEOUT')).toBe(true);
      expect(result.errors?.[0]?.extensions?.timeoutMs).toBe(1);
    } finally {
      await tight.stop(500);
    }
  });
});
