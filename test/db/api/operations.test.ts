/** Every prepared question in queries/ runs without errors, with the variables its header gives. */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tabOf } from '../../../src/api/playground/page.js';
import { startHarness, type Harness } from '../../support/api-server.js';

const QUERIES = new URL('../../../queries/', import.meta.url);
const FILES = readdirSync(QUERIES).filter((f) => f.endsWith('.graphql'));

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api?.stop();
});

it('has the researcher questions', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(5);
});

it.each(FILES)('%s runs and finds something in the fixture graph', async (file) => {
  const tab = tabOf(readFileSync(new URL(file, QUERIES), 'utf8'));
  const result = await api.query(
    tab.query,
    tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : {},
  );
  expect(result.errors).toBeUndefined();
  // Each question has an answer in the fixture: no empty result lists, no null roots.
  const json = JSON.stringify(result.data);
  expect(json).not.toMatch(/"totalCount":0/);
  expect(Object.values(result.data ?? {}).every((v) => v !== null)).toBe(true);
});
