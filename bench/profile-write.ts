/**
 * Where the writer's time goes: loads a generated corpus into a private Neo4j one transaction at a
 * time, printing per transaction the documents, writes and milliseconds of the look-up, the
 * retractions and the write statement; with --profile, the write statement's PROFILE (db hits and
 * rows per operator) for the transaction given.
 *
 *   npx tsx bench/profile-write.ts [--factor 10] [--transaction-writes 3000] [--profile N]
 *   npx tsx bench/profile-write.ts --compare 1,3000,10000 [--rounds 2]
 *     (loadGraph with each transaction size in turn on the same server, alternating, empty database each)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractGraph } from '../loaders/index.js';
import { ensureLocalServer, stopLocalServer } from '../src/neo4j-server/local-server.js';
import { pickFreePort } from '../src/neo4j-server/ports.js';
import { MAIN_TUNING } from '../src/neo4j-server/server-config.js';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../src/store/connection.js';
import { writeDocuments } from '../src/store/writer.js';
import { splitByDocument, type DocumentBatch } from '../src/store/document-batch.js';
import { applySchema } from '../src/store/schema.js';
import { disableNagle } from '../src/store/tcp-no-delay.js';
import { documentWrites, transactionBatches } from '../src/store/transaction-batches.js';
import { writeStatements } from '../src/store/write-statement.js';
import { writeParameters } from '../src/store/write-parameters.js';
import { generateCorpus } from './corpus.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function compare(
  driver: Driver,
  batches: DocumentBatch[],
  sizes: number[],
  rounds: number,
): Promise<void> {
  const writes = batches.reduce((n, b) => n + documentWrites(b), 0);
  for (let round = 0; round <= rounds; round++) {
    for (const size of sizes) {
      const session = driver.session();
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
      const summary = await writeDocuments(driver, batches, { transactionWrites: size });
      // Round 0 warms the JVM up.
      if (round > 0) {
        console.log(
          `round ${round}, ${size} writes per transaction: ${summary.seconds.toFixed(2)} s → ${Math.round(writes / summary.seconds)} writes/s`,
        );
      }
    }
  }
}

async function main(): Promise<void> {
  const factor = Number(option('--factor', '10'));
  const writes = Number(option('--transaction-writes', '3000'));
  const profileAt = Number(option('--profile', '-1'));
  const batches: DocumentBatch[] = [];
  for (const doc of generateCorpus(factor)) {
    const { graph, texts } = extractGraph([{ file: doc.file, bytes: Buffer.from(doc.text, 'utf8') }]);
    batches.push(...splitByDocument(graph, texts).batches);
  }
  disableNagle();
  const home = mkdtempSync(join(tmpdir(), 'gov-kg-neo4j-profile-'));
  const server = await ensureLocalServer({
    name: 'profile',
    boltPort: await pickFreePort(),
    homeDir: home,
    tuning: MAIN_TUNING,
    detached: false,
  });
  const driver = openDriver({ uri: server.uri, user: server.user, password: server.password, local: false });
  try {
    await applySchema(driver);
    const sizes = option('--compare', '');
    if (sizes) {
      await compare(driver, batches, sizes.split(',').map(Number), Number(option('--rounds', '2')));
      return;
    }
    const session = driver.session({ defaultAccessMode: 'WRITE' });
    let i = 0;
    let totalWrites = 0;
    const started = performance.now();
    for await (const group of transactionBatches(batches, writes)) {
      const n = group.reduce((s, b) => s + documentWrites(b), 0);
      const t0 = performance.now();
      const params = writeParameters(group);
      const t1 = performance.now();
      const tx = session.beginTransaction();
      const profiled = i === profileAt;
      const results = await Promise.all(
        writeStatements(params).map((st) => tx.run(profiled ? `PROFILE ${st.query}` : st.query, st.params)),
      );
      const t2 = performance.now();
      await tx.commit();
      const t3 = performance.now();
      totalWrites += n;
      console.log(
        `tx ${i}: ${group.length} docs, ${n} writes: params ${(t1 - t0).toFixed(0)} ms, statement ${(t2 - t1).toFixed(0)} ms, commit ${(t3 - t2).toFixed(0)} ms → ${Math.round((n / (t3 - t0)) * 1000)} writes/s`,
      );
      if (profiled) for (const result of results) printProfile(result.summary.profile, 0);
      i++;
    }
    const wall = (performance.now() - started) / 1000;
    console.log(`total ${totalWrites} writes in ${wall.toFixed(1)} s → ${Math.round(totalWrites / wall)}/s`);
    await session.close();
  } finally {
    await driver.close();
    await stopLocalServer({ name: 'profile', homeDir: home, graceful: false, removeHome: true });
  }
}

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function printProfile(plan: Plan | false, depth: number): void {
  if (!plan) return;
  if (plan.dbHits > 1000 || depth < 2) {
    const details = String(plan.arguments['Details'] ?? '').slice(0, 120);
    console.log(`${'  '.repeat(depth)}${plan.operatorType} hits=${plan.dbHits} rows=${plan.rows} ${details}`);
  }
  for (const child of plan.children) printProfile(child, depth + 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
