/** The load service on document files: identical files, one document (src/load/load-service.ts). */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPaths } from '../../../src/load/load-service.js';
import { exportGraph } from '../../../src/store/export.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(join(tmpdir(), 'kg-load-paths-'));
beforeAll(async () => {
  driver = openTestDriver();
  await wipeTestDatabase(driver);
});
afterAll(async () => {
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('loads identical files as one document with both names, and finds it unchanged on the next load', async () => {
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  copyFileSync('seeds/002_95b084852eecf50e.txt', join(docs, 'a.txt'));
  copyFileSync('seeds/002_95b084852eecf50e.txt', join(docs, 'b.txt'));
  copyFileSync('seeds/004_6b47ef97f8ef13ec.txt', join(docs, 'c.txt'));
  const store = { driver };
  const first = await loadPaths(store, [docs]);
  expect(first.failures).toEqual([]);
  expect(first.summary.documents).toEqual({ loaded: 2, replaced: 0, unchanged: 0 });
  const exported = await exportGraph(driver);
  expect(exported.documents.map((d) => [d.file, d.files])).toEqual([
    ['a.txt', ['a.txt', 'b.txt']],
    ['c.txt', undefined],
  ]);
  const second = await loadPaths(store, [docs]);
  expect(second.summary.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 2 });
  expect(await exportGraph(driver)).toEqual(exported);
});
