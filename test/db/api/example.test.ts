/** examples/client.ts, a downstream client on the generated types, run against a live server. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { coOwningAgencies, formatPairs } from '../../../examples/client.js';
import { startHarness, type Harness } from '../../support/api-server.js';

const run = promisify(execFile);
let api: Harness;

beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

it('fetches and formats co-owning agencies through the typed operation', async () => {
  const pairs = await coOwningAgencies(api.server.url, { minShared: 2 });
  expect(formatPairs(pairs)).toEqual([
    '珠海市财政局 + 珠海市发展和改革局: 3 shared (十字门隧道、珠海LNG二期工程、金湾航空城)',
  ]);
});

it('runs as a program and prints the pairs', async () => {
  const tsx = new URL('../../../node_modules/.bin/tsx', import.meta.url).pathname;
  const client = new URL('../../../examples/client.ts', import.meta.url).pathname;
  const { stdout } = await run(tsx, [client, api.server.url, '1'], { timeout: 60_000 });
  expect(stdout).toContain('2 pairs of agencies share at least 1 project(s):');
  expect(stdout).toContain('广州市发展和改革局 + 广州市交通运输局: 1 shared (广州南沙港区四期)');
});
