/** kg rebuild: stored documents extracted again from their stored text (src/load/rebuild.ts). */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractDocument, isFailure } from '../../../src/load/extract-document.js';
import { loadPaths } from '../../../src/load/load-service.js';
import { rebuildStore } from '../../../src/load/rebuild.js';
import { exportGraph } from '../../../src/store/export.js';
import { loadGraph } from '../../../src/store/writer.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(join(tmpdir(), 'kg-rebuild-'));
beforeAll(async () => {
  driver = openTestDriver();
  await wipeTestDatabase(driver);
});
afterAll(async () => {
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('rewrites a document stored with stale facts to what the current extractor gives, then finds it unchanged', async () => {
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  const file = join(docs, 'report.txt');
  copyFileSync('seeds/003_205db0b0f84c3f3e.txt', file);
  const store = { driver };
  await loadPaths(store, [docs]);
  const current = await exportGraph(driver);

  // What an older extractor might have given: half of the facts.
  const extracted = extractDocument({ file: 'report.txt', bytes: readFileSync(file) });
  if (isFailure(extracted)) throw new Error(extracted.message);
  const stale = extracted.graph;
  stale.edges = stale.edges.slice(0, Math.floor(stale.edges.length / 2));
  const texts = new Map([[stale.documents[0]!.id, extracted.text]]);
  expect((await loadGraph(driver, stale, { texts })).documents.replaced).toBe(1);
  expect(await exportGraph(driver)).not.toEqual(current);

  const rebuilt = await rebuildStore(store);
  expect(rebuilt.failures).toEqual([]);
  expect(rebuilt.summary.documents).toEqual({ loaded: 0, replaced: 1, unchanged: 0 });
  expect(await exportGraph(driver)).toEqual(current);

  const again = await rebuildStore(store);
  expect(again.summary.documents).toEqual({ loaded: 0, replaced: 0, unchanged: 1 });
});
