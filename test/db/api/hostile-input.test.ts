/**
 * Hostile input: ids whose label prefix is an Object.prototype member, and inputs of a megabyte that
 * errors must not echo back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/api-server.js';

let api: Harness;

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

async function raw(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    bytes: text.length,
    body: JSON.parse(text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe('ids with prototype members as label prefixes', () => {
  it.each(['constructor:x', '__proto__:x', 'toString:x', 'hasOwnProperty:x'])(
    '%s is NOT_FOUND, not an internal error',
    async (id) => {
      for (const query of [
        `query($id: ID!) { path(from: $id, to: "place:zh") { length } }`,
        `query($id: ID!) { path(from: "place:zh", to: $id) { length } }`,
        `query($id: ID!) { entity(id: $id) { id } }`,
        `query($id: ID!) { agency(id: $id) { id } }`,
        `query($id: String) { projects(filter: { agency: $id }) { totalCount } }`,
      ]) {
        const result = await raw(query, { id });
        expect(result.body.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      }
    },
  );
});

describe('a megabyte of input', () => {
  const huge = '局'.repeat(1_000_000);

  it('agency(name:) answers NOT_FOUND quoting at most 200 characters of the name', async () => {
    const result = await raw(`query($name: String!) { agency(name: $name) { id } }`, { name: huge });
    expect(result.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.body.errors?.[0]?.message).toMatch(/… \(1000000 characters\)$/);
    expect(result.bytes).toBeLessThan(2_000);
  });

  it('a bad cursor, an unknown document and a bad enum value are answered briefly too', async () => {
    for (const [query, variables] of [
      [`query($c: String) { documents(after: $c) { totalCount } }`, { c: huge }],
      [`query($id: ID!) { document(id: $id) { id } }`, { id: huge }],
      [`query($g: Genre) { documents(filter: { genre: $g }) { totalCount } }`, { g: huge }],
    ] as const) {
      const result = await raw(query, variables);
      expect(result.body.errors?.length, query).toBeGreaterThan(0);
      expect(result.bytes, query).toBeLessThan(3_000);
    }
  });
});
