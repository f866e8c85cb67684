/**
 * Load benchmark: documents/s and relationships/s of the store's writer (src/store/writer.ts) on
 * 1×, 10× and 100× the seeds, against the naive one-statement-per-fact writer (bench/naive-writer.ts)
 * on the smaller sizes, in the same run and on the same server.
 *
 *   npm run bench:load [-- --factors 1,10,100] [--naive 1,10] [--concurrency 1] [--no-docs]
 *
 * Corpus: bench/corpus.ts (sentence-shuffled seed copies with names substituted, so ids do not
 * collapse), extracted one document at a time as `kg load <dir>` does; extraction is not timed.
 * Server: a private Neo4j 5.26 started for the run from the project's jars with the same settings as
 * the local development server (`npm run db:start`, src/neo4j-server), in a temp directory, deleted
 * afterwards — the benchmark wipes its database between sizes, so it never runs on someone's data.
 * Each size starts from an empty database with the schema applied.
 * Unless --no-docs, the numbers replace the "## Load" section of docs/performance.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { decodeDocument } from '../loaders/index.js';
import { extractGraph } from '../loaders/index.js';
import { ensureLocalServer, stopLocalServer } from '../src/neo4j-server/local-server.js';
import { pickFreePort } from '../src/neo4j-server/ports.js';
import { MAIN_TUNING } from '../src/neo4j-server/server-config.js';
import type { GraphJson } from '../src/model/graph-json.js';
import { openDriver } from '../src/store/connection.js';
import { applySchema } from '../src/store/schema.js';
import { graphStats, type GraphStats } from '../src/store/stats.js';
import { disableNagle } from '../src/store/tcp-no-delay.js';
import { validateGraph } from '../src/store/validate.js';
import { loadGraph } from '../src/store/writer.js';
import { DEFAULT_TRANSACTION_WRITES } from '../src/store/transaction-batches.js';
import { generateCorpus } from './corpus.js';
import { naiveLoad } from './naive-writer.js';

const TARGET_RELATIONSHIPS_PER_S = 10_000;
const PERFORMANCE_DOC = 'docs/performance.md';

interface Corpus {
  factor: number;
  graphs: GraphJson[];
  texts: Map<string, string>;
  documents: number;
  megabytes: number;
}

interface Run {
  writer: string;
  factor: number;
  documents: number;
  /** Fact relationships written: one per (document, edge) — an edge cited by 3 documents counts 3. */
  facts: number;
  seconds: number;
  stats: GraphStats;
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

function buildCorpus(factor: number): Corpus {
  const graphs: GraphJson[] = [];
  const texts = new Map<string, string>();
  let bytes = 0;
  for (const doc of generateCorpus(factor)) {
    const data = Buffer.from(doc.text, 'utf8');
    bytes += data.length;
    const { graph } = extractGraph([{ file: doc.file, bytes: data }]);
    if (graph.documents.length === 0) continue;
    graphs.push(validateGraph(graph, doc.file));
    texts.set(graph.documents[0]!.id, decodeDocument(data, doc.file).text);
  }
  return { factor, graphs, texts, documents: graphs.length, megabytes: bytes / 1e6 };
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver);
}

function allRelationships(stats: GraphStats): number {
  return Object.values(stats.relationships).reduce((sum, n) => sum + n, 0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const factors = option(args, '--factors', '1,10,100').split(',').map(Number);
  const naiveFactors = option(args, '--naive', '1,10').split(',').map(Number);
  const concurrency = Number(option(args, '--transaction-writes', String(DEFAULT_TRANSACTION_WRITES)));
  const writeDocs = !args.includes('--no-docs');
  const loadAtStart = loadavg();

  disableNagle();
  const home = mkdtempSync(join(tmpdir(), 'gov-kg-neo4j-bench-'));
  console.error(`starting a private Neo4j (settings of the development server) in ${home} …`);
  const server = await ensureLocalServer({
    name: 'bench',
    boltPort: await pickFreePort(),
    homeDir: home,
    tuning: MAIN_TUNING,
    detached: false,
  });
  const driver = openDriver({ uri: server.uri, user: server.user, password: server.password, local: false });
  const runs: Run[] = [];
  try {
    // Warm-up: the JVM compiles the Cypher plans and hot paths on the first documents. Measured:
    // the first 10× load of a fresh server took 25 s, the third 3.4 s — so the writers are warmed
    // several rounds (the naive writer's statements too) before anything is timed.
    const warm = buildCorpus(1);
    for (let round = 0; round < 4; round++) {
      await wipe(driver);
      await loadGraph(driver, warm.graphs, { texts: warm.texts, transactionWrites: concurrency });
    }
    await wipe(driver);
    await naiveLoad(driver, warm.graphs, warm.texts);

    for (const factor of factors) {
      console.error(`${factor}×: generating and extracting the corpus (not timed) …`);
      const corpus = buildCorpus(factor);
      await wipe(driver);
      const summary = await loadGraph(driver, corpus.graphs, {
        texts: corpus.texts,
        transactionWrites: concurrency,
      });
      const stats = await graphStats(driver);
      runs.push({
        writer: `store (UNWIND, ${concurrency} in flight)`,
        factor,
        documents: corpus.documents,
        facts: summary.facts,
        seconds: summary.seconds,
        stats,
      });
      report(runs.at(-1)!);
      if (naiveFactors.includes(factor)) {
        await wipe(driver);
        const naive = await naiveLoad(driver, corpus.graphs, corpus.texts);
        const naiveStats = await graphStats(driver);
        if (JSON.stringify(naiveStats) !== JSON.stringify(stats)) {
          console.error('warning: the naive writer produced different counts', naiveStats, stats);
        }
        runs.push({
          writer: 'naive (1 statement per item)',
          factor,
          documents: corpus.documents,
          facts: summary.facts,
          seconds: naive.seconds,
          stats: naiveStats,
        });
        report(runs.at(-1)!);
      }
    }
  } finally {
    await driver.close();
    await stopLocalServer({ name: 'bench', homeDir: home, graceful: false, removeHome: true });
  }
  const section = loadSection(runs, concurrency, loadAtStart, loadavg());
  console.log(section);
  if (writeDocs) replaceSection(section);
}

function report(run: Run): void {
  console.error(
    `  ${run.writer}: ${run.documents} documents, ${run.facts} fact relationships in ${run.seconds.toFixed(2)} s → ` +
      `${(run.documents / run.seconds).toFixed(1)} documents/s, ${Math.round(run.facts / run.seconds)} relationships/s`,
  );
}

function loadSection(runs: Run[], concurrency: number, loadAtStart: number[], loadAtEnd: number[]): string {
  const store = runs.filter((r) => r.writer.startsWith('store'));
  const rows = store.map((r) => {
    const all = allRelationships(r.stats);
    const naive = runs.find((n) => n.writer.startsWith('naive') && n.factor === r.factor);
    const naiveCells = naive
      ? `${naive.seconds.toFixed(1)} | ${Math.round(naive.facts / naive.seconds)} | ${(naive.seconds / r.seconds).toFixed(1)}×`
      : 'not run | – | –';
    return (
      `| ${r.factor}× | ${r.documents} | ${r.facts} | ${all} | ${r.seconds.toFixed(2)} | ` +
      `${(r.documents / r.seconds).toFixed(1)} | ${Math.round(r.facts / r.seconds)} | ${Math.round(all / r.seconds)} | ` +
      `${naiveCells} | ${((r.seconds / r.facts) * 1e3).toFixed(3)} |`
    );
  });
  const best = Math.max(...store.map((r) => r.facts / r.seconds));
  const bestAll = Math.max(...store.map((r) => allRelationships(r.stats) / r.seconds));
  const perFact = store.map((r) => (r.seconds / r.facts) * 1e3);
  const first = perFact[0] ?? 0;
  const last = perFact.at(-1) ?? 0;
  const met = (n: number) => (n >= TARGET_RELATIONSHIPS_PER_S ? 'met' : '**not met**');
  return [
    '## Load',
    '',
    'Writer: `src/store/writer.ts` — one write transaction per document holding two statements (look-up of',
    'the stored version; one write statement with an UNWIND subquery per label and relationship group),',
    `${concurrency} document(s) in flight, TCP_NODELAY on the Bolt socket. Baseline: \`bench/naive-writer.ts\`,`,
    'one auto-commit statement per document, passage, node and fact, same corpus, same server, same run.',
    'Corpus: `bench/corpus.ts` (seed copies with substituted names), extracted one document at a time as',
    '`kg load <dir>` does (extraction not timed). Each size starts from an empty database with the schema',
    'applied, on a private Neo4j 5.26 with the development server settings (heap 1 GB, page cache 512 MB),',
    'after warm-up rounds (a fresh JVM is 3–7× slower on its first loads).',
    '',
    '"facts" = fact relationships written, one per (document, edge): the unit of work of the writer (an edge',
    'cited by three documents is three writes of evidence). "rel." counts every relationship created',
    '(facts + MENTIONS + HAS_PASSAGE). "ratio" = naive seconds / writer seconds.',
    '',
    '| corpus | documents | facts written | rel. in DB | seconds | documents/s | facts/s | rel./s | naive seconds | naive facts/s | ratio | ms per fact |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Linearity: time per fact written ${first.toFixed(3)} ms at ${store[0]?.factor}×, ${last.toFixed(3)} ms at ` +
      `${store.at(-1)?.factor}× — ${last <= first * 1.2 ? 'no growth: the load time grows linearly (fixed costs amortise on larger runs)' : '**grows**: worse than linear'}.`,
    '',
    `Target ≥ ${TARGET_RELATIONSHIPS_PER_S.toLocaleString('en')} relationships/s: best ${Math.round(best)} facts/s ` +
      `(${met(best)}), ${Math.round(bestAll)} relationships in DB/s (${met(bestAll)}).`,
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}, ` +
      `at end ${loadAtEnd.map((l) => l.toFixed(2)).join(' / ')} (shared machine: other engineers' processes ` +
      'compete for the two cores; numbers are wall-clock and vary ±50% between runs).',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}. Reproduce: \`npm run bench:load\` ` +
      '(`-- --factors 1,10 --naive 1` for a shorter run, `--concurrency N`, `--no-docs` to leave this file alone).',
    '',
    NOTES,
  ].join('\n');
}

const NOTES = `Findings (measured with per-statement timings from the result summaries, retry counts, PROFILE):
- Before these fixes (same bench, 2 in flight, evidence lists rebuilt per document, ~16 statements per
  document, load average ~8): 1× 100 facts/s, 10× 413, 100× 119 (450 s, 8.4 ms per fact: not linear).
- Plans: every MATCH/MERGE on an entity is a NodeUniqueIndexSeek on its label's id constraint; no scans.
- Quadratic evidence lists (fixed): each document rebuilt the evidence lists of every shared edge with
  \`[i IN keep | r.evStarts[i]]\`, O(items²) per edge; at 100× PART_OF 珠海→广东 carries 1,235 items and
  that statement alone took 390 ms per document (195 s of the 309 s run). Evidence is now appended (the
  document's old items are retracted first, in the same transaction): 100× went from 309 s to 57 s.
- Per-statement cost (fixed): ~16 pipelined statements per document each cost a few ms of server time on
  this loaded machine; one statement per document halved the time (same JVM, alternating: 7.4 → 3.4 s at 10×).
- Deadlocks: with two documents in flight up to one transaction in ten (6 of 50 at 10×) deadlocked on shared
  agency/place nodes and was retried after ≥ 1 s; two in flight were no faster on 2 cores, so the default is one.
- What is left per document: the transaction (begin, look-up, write, commit ≈ 30 ms of commit on this
  machine) — the corpus documents have ~80 facts each, so fixed costs dominate; the server is CPU-bound
  (server CPU ≈ wall time) while competing with other work for the two cores.
- Target gap: ~12× short in facts/s. The remaining cost is per transaction, not per fact; reaching
  10,000/s would take several documents per transaction (which gives up "one transaction per
  document") or an unshared machine — not measured here.
- Nagle's algorithm on the driver's socket cost 40 ms per statement (delayed ACK), see
  src/store/tcp-no-delay.ts; re-planning on a growing database cost 100–300 ms per statement
  (\`CYPHER replan=skip\`, src/store/no-replan.ts).`;

function replaceSection(section: string): void {
  const text = readFileSync(PERFORMANCE_DOC, 'utf8');
  const start = text.indexOf('## Load');
  if (start < 0) {
    writeFileSync(PERFORMANCE_DOC, `${text.trimEnd()}\n\n${section}\n`);
    return;
  }
  const next = text.indexOf('\n## ', start + 1);
  const after = next < 0 ? '' : text.slice(next);
  writeFileSync(PERFORMANCE_DOC, `${text.slice(0, start)}${section}\n${after}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
