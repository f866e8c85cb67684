/** The server's own pages: the GraphiQL playground (no CDN), /healthz and /readyz. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/api/graphql-http.js';
import { startHarness, type Harness } from '../../support/api-server.js';

let api: Harness;
let base: string;

beforeAll(async () => {
  api = await startHarness();
  base = api.server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api?.stop();
});

it('serves the GraphiQL playground with local assets only and the prepared queries', async () => {
  const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  const html = await response.text();
  expect(html).toContain('GraphiQL');
  expect(html).not.toMatch(/https?:\/\//);
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(sources.length).toBe(4);
  for (const source of sources) {
    expect(source.startsWith('/graphql/assets/')).toBe(true);
    const asset = await fetch(`${base}${source}`);
    expect(asset.status, source).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  }
  expect(html).toMatch(/query [A-Z]\w+/);
});

it('answers /healthz and /readyz', async () => {
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

it('still answers GraphQL over GET and 404s elsewhere', async () => {
  const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ documents { totalCount } }')}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  expect(await get.json()).toEqual({ data: { documents: { totalCount: 3 } } });
  expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
});

it('answers a request body that is not JSON with 400, and a too large one with 413 (BAD_REQUEST)', async () => {
  const post = (body: string) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const broken = await post('{"query": ');
  expect(broken.status).toBe(400);
  expect(await broken.json()).toEqual({
    errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
  });
  const huge = await post(JSON.stringify({ query: `{ __typename }${' '.repeat(MAX_BODY_BYTES)}` }));
  expect(huge.status).toBe(413);
  expect(
    ((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
  ).toBe('BAD_REQUEST');
});
