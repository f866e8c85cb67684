/**
 * `kg load` as a user runs it: a child process against the test server. Covers what only a real
 * process can show — a loader killed with SIGKILL mid-batch leaves no partial document — and the
 * refusal of bad graph JSON before any write.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../bench/synthetic-graph.js';
import { splitByDocument } from '../../../src/store/document-batch.js';
import { applySchema } from '../../../src/store/schema.js';
import { graphStats } from '../../../src/store/stats.js';
import { threeDocuments } from '../../support/store-graphs.js';
import { expectedStats } from '../../support/expected-stats.js';
import { openTestDriver, wipeTestDatabase } from '../../support/neo4j.js';

const KG = join(process.cwd(), 'src/cli/kg.ts');
// node with tsx as a loader, not the tsx wrapper: the wrapper runs the CLI in a grandchild process,
// which a SIGKILL to the wrapper would leave running.
const NODE_ARGS = ['--import', 'tsx', KG];
const KG_TIMEOUT_MS = 120_000;

let driver: Driver;
let dir: string;
beforeAll(async () => {
  driver = openTestDriver();
  await applySchema(driver);
  dir = mkdtempSync(join(tmpdir(), 'kg-load-test-'));
});
afterAll(async () => {
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function kg(...args: string[]) {
  return spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    encoding: 'utf8',
    env: process.env,
    timeout: KG_TIMEOUT_MS,
  });
}

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return Number(records[0]!.get(0));
}

describe('kg load (child process)', () => {
  // Three `kg` processes, each allowed KG_TIMEOUT_MS (tsx start-up is slow on a busy machine).
  it(
    'refuses bad graph JSON before writing anything, naming the file, the item and the reason',
    { timeout: 3 * KG_TIMEOUT_MS },
    async () => {
      await wipeTestDatabase(driver);
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify(threeDocuments()));
      const bad = threeDocuments();
      bad.edges[3]!.evidence[0]!.quote = '';
      const badFile = join(dir, 'bad.json');
      writeFileSync(badFile, JSON.stringify(bad));

      const run = kg('load', good, badFile);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        `kg: ${badFile}: edge #3 FUNDS funding:b1 -> project:lng2: evidence #0 has no quote`,
      );
      expect(run.stderr).toContain('nothing was written');
      expect(run.stderr).not.toContain('    at '); // no stack trace
      expect(await count('MATCH (n) RETURN count(n)')).toBe(0);

      // An enum value outside the contract (every API query reading it would fail) and a date that
      // is not on the calendar: refused, nothing written.
      const bogus = threeDocuments();
      bogus.nodes[0]!.props.kind = 'BOGUS_KIND';
      bogus.documents[2]!.date = '2024-13-45';
      const bogusFile = join(dir, 'bogus.json');
      writeFileSync(bogusFile, JSON.stringify(bogus));
      const refused = kg('load', bogusFile);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        'node #0 agency:zhfgj: props.kind "BOGUS_KIND" is not one of GOVERNMENT, PARTY, TASK_FORCE, SOE, ENTERPRISE, INSTITUTION',
      );
      expect(refused.stderr).toContain(
        'document #2 doc:c: date "2024-13-45" is neither null nor a calendar date',
      );
      expect(refused.stderr).toContain('nothing was written');
      expect(refused.stderr).not.toContain('    at ');
      expect(await count('MATCH (n) RETURN count(n)')).toBe(0);

      const notJson = join(dir, 'broken.json');
      writeFileSync(notJson, '{"version": 1,');
      const broken = kg('load', notJson);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`${notJson}: not readable as JSON`);
    },
  );

  // Three `kg` processes, each allowed KG_TIMEOUT_MS (tsx start-up is slow on a busy machine).
  it(
    'loads, then reports every document unchanged on a second run',
    { timeout: 2 * KG_TIMEOUT_MS },
    async () => {
      await wipeTestDatabase(driver);
      const file = join(dir, 'three.json');
      writeFileSync(file, JSON.stringify(threeDocuments()));
      const first = kg('load', file);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('documents: 3 loaded, 0 replaced, 0 unchanged');
      // Both units: fact relationships, and every relationship created (as kg stats counts them).
      expect(first.stdout).toMatch(/written: +\d+ node mentions, \d+ facts, .*; \d+ relationships in all/);
      expect(first.stdout).toMatch(/\(\d+ facts\/s, \d+ relationships\/s\)/);
      const second = kg('load', file);
      expect(second.stdout).toContain('documents: 0 loaded, 0 replaced, 3 unchanged');
    },
  );

  it(
    'leaves no partial document when killed with SIGKILL mid-load, and a re-run completes it exactly',
    { timeout: 240_000 },
    async () => {
      await wipeTestDatabase(driver);
      // About 390 writes per document: two documents per transaction.
      const { graph } = syntheticGraph({ documents: 30, projectsPerDocument: 30 });
      const file = join(dir, 'big.json');
      writeFileSync(file, JSON.stringify(graph));
      const total = graph.documents.length;

      const child = spawn(
        process.execPath,
        [...NODE_ARGS, 'load', file, '--quiet', '--transaction-writes', '800'],
        {
          env: process.env,
          stdio: 'ignore',
        },
      );
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Wait until a few documents are committed, then kill it while it writes the next one.
      const deadline = Date.now() + 90_000;
      let committed = 0;
      while (committed < 3 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        committed = await count('MATCH (d:Document) RETURN count(d)');
      }
      child.kill('SIGKILL');
      await exited;
      expect(child.signalCode).toBe('SIGKILL');

      const stored = await count('MATCH (d:Document) RETURN count(d)');
      expect(stored).toBeGreaterThanOrEqual(3);
      expect(stored).toBeLessThan(total);
      // Every stored document is complete: its mentions, passages and evidence items are all there.
      const { batches } = splitByDocument(graph);
      const { records } = await driver.executeQuery(
        `MATCH (d:Document)
       RETURN d.id AS id,
              COUNT { (d)-[:MENTIONS]->() } AS mentions,
              COUNT { (d)-[:HAS_PASSAGE]->() } AS passages`,
      );
      const evidence = await driver.executeQuery(
        `MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL UNWIND r.evDocs AS doc RETURN doc, count(*) AS n`,
      );
      const evidenceByDoc = new Map(
        evidence.records.map((r) => [r.get('doc') as string, Number(r.get('n'))]),
      );
      expect(evidenceByDoc.size).toBe(stored);
      for (const record of records) {
        const batch = batches.find((b) => b.document.id === record.get('id'))!;
        expect(Number(record.get('mentions'))).toBe(batch.nodeCount);
        expect(Number(record.get('passages'))).toBe(batch.passages.length);
        expect(evidenceByDoc.get(batch.document.id)).toBe(batch.evidenceCount);
      }

      const rerun = kg('load', file, '--quiet');
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`documents: ${total - stored} loaded, 0 replaced, ${stored} unchanged`);
      expect(await graphStats(driver)).toEqual(expectedStats(graph));
    },
  );
});
