/**
 * Load benchmark: documents/s and relationships/s of the store's writer (src/store/writer.ts) on
 * 1×, 10× and 100× the seeds, against the naive one-statement-per-fact writer (bench/naive-writer.ts)
 * on the smaller sizes, in the same run and on the same server.
 *
 *   npm run bench:load [-- --factors 1,10,100] [--naive 1,10] [--concurrency 2] [--no-docs]
 *
 * Corpus: bench/corpus.ts (sentence-shuffled seed copies with names substituted, so ids do not
 * collapse), extracted one document at a time as `kg load <dir>` does; extraction is not timed.
 * Server: a private Neo4j 5.26 started for the run from the project's jars with the same settings as
 * the local development server (`npm run db:start`, scripts/neo4j), in a temp directory, deleted
 * afterwards — the benchmark wipes its database between sizes, so it never runs on someone's data.
 * Each size starts from an empty database with the schema applied.
 * Unless --no-docs, the numbers replace the "## Load" section of docs/performance.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { decodeDocument } from '../loaders/decode/decode.js';
import { extractGraph } from '../loaders/pipeline.js';
import { ensureLocalServer, stopLocalServer } from '../scripts/neo4j/local-server.js';
import { pickFreePort } from '../scripts/neo4j/ports.js';
import { MAIN_TUNING } from '../scripts/neo4j/server-config.js';
import type { GraphJson } from '../src/model/graph-json.js';
import { openDriver } from '../src/store/connection.js';
import { applySchema } from '../src/store/schema.js';
import { graphStats, type GraphStats } from '../src/store/stats.js';
import { disableNagle } from '../src/store/tcp-no-delay.js';
import { validateGraph } from '../src/store/validate.js';
import { DEFAULT_CONCURRENCY, loadGraph } from '../src/store/writer.js';
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

function factRelationships(stats: GraphStats): number {
  return Object.entries(stats.relationships)
    .filter(([type]) => type !== 'MENTIONS' && type !== 'HAS_PASSAGE')
    .reduce((sum, [, n]) => sum + n, 0);
}

function allRelationships(stats: GraphStats): number {
  return Object.values(stats.relationships).reduce((sum, n) => sum + n, 0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const factors = option(args, '--factors', '1,10,100').split(',').map(Number);
  const naiveFactors = option(args, '--naive', '1,10').split(',').map(Number);
  const concurrency = Number(option(args, '--concurrency', String(DEFAULT_CONCURRENCY)));
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
    // Warm-up: the JVM compiles the Cypher plans and hot paths on the first documents.
    const warm = buildCorpus(1);
    await wipe(driver);
    await loadGraph(driver, warm.graphs, { texts: warm.texts, concurrency });

    for (const factor of factors) {
      console.error(`${factor}×: generating and extracting the corpus (not timed) …`);
      const corpus = buildCorpus(factor);
      await wipe(driver);
      const summary = await loadGraph(driver, corpus.graphs, { texts: corpus.texts, concurrency });
      const stats = await graphStats(driver);
      runs.push({
        writer: `store (UNWIND, ${concurrency} in flight)`,
        factor,
        documents: corpus.documents,
        facts: summary.relationships,
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
          facts: summary.relationships,
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
  const section = loadSection(runs, concurrency, loadAtStart);
  console.log(section);
  if (writeDocs) replaceSection(section);
}

function report(run: Run): void {
  console.error(
    `  ${run.writer}: ${run.documents} documents, ${run.facts} fact relationships in ${run.seconds.toFixed(2)} s → ` +
      `${(run.documents / run.seconds).toFixed(1)} documents/s, ${Math.round(run.facts / run.seconds)} relationships/s`,
  );
}

function loadSection(runs: Run[], concurrency: number, loadAtStart: number[]): string {
  const rows = runs.map((r) => {
    const all = allRelationships(r.stats);
    const nodes = Object.entries(r.stats.labels)
      .filter(([label]) => label !== 'Entity')
      .reduce((sum, [, n]) => sum + n, 0);
    return (
      `| ${r.writer} | ${r.factor}× | ${r.documents} | ${r.facts} | ${factRelationships(r.stats)} | ${all} | ${nodes} | ` +
      `${r.seconds.toFixed(2)} | ${(r.documents / r.seconds).toFixed(1)} | ${Math.round(r.facts / r.seconds)} | ` +
      `${Math.round(all / r.seconds)} |`
    );
  });
  const store = runs.filter((r) => r.writer.startsWith('store'));
  const ratios = runs
    .filter((r) => r.writer.startsWith('naive'))
    .map((n) => {
      const s = store.find((r) => r.factor === n.factor)!;
      return `${n.factor}×: ${(n.seconds / s.seconds).toFixed(1)}× faster than naive`;
    });
  const perFact = store.map((r) => `${r.factor}×: ${((r.seconds / r.facts) * 1e3).toFixed(3)} ms`);
  const best = Math.max(...store.map((r) => r.facts / r.seconds));
  return [
    '## Load',
    '',
    'Writer: `src/store/writer.ts` — one write transaction per document, UNWIND batches per label and',
    `relationship type, statements pipelined, ${concurrency} documents in flight, TCP_NODELAY on the Bolt socket.`,
    'Corpus: `bench/corpus.ts` (seed copies with substituted names), extracted one document at a time as',
    '`kg load <dir>` does (extraction not timed). Each size starts from an empty database with the schema',
    'applied, on a private Neo4j 5.26 with the development server settings (heap 1 GB, page cache 512 MB).',
    '',
    '"facts" = fact relationships written, one per (document, edge): the unit of work of the writer (an edge',
    'cited by three documents is three writes of evidence). "rel. in DB" counts every relationship created',
    '(facts + MENTIONS + HAS_PASSAGE).',
    '',
    '| writer | corpus | documents | facts written | fact rel. in DB | rel. in DB | nodes | seconds | documents/s | facts/s | rel. in DB/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Batched vs naive (same corpus, same server, same run): ${ratios.join('; ') || 'not run'}.`,
    `Linearity — time per fact written: ${perFact.join(', ')} (constant = linear growth).`,
    '',
    `Target ≥ ${TARGET_RELATIONSHIPS_PER_S.toLocaleString('en')} relationships/s: best measured ${Math.round(best)} facts/s — ` +
      (best >= TARGET_RELATIONSHIPS_PER_S ? 'met.' : '**not met** (see the notes below).'),
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')} ` +
      '(the machine is shared: other processes compete for the two cores).',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}. Reproduce: \`npm run bench:load\` ` +
      '(`-- --factors 1,10 --naive 1` for a shorter run, `--concurrency N`, `--no-docs` to leave this file alone).',
    '',
    NOTES,
  ].join('\n');
}

const NOTES = `Notes:
- The per-document transaction has a fixed cost (look-up of the stored version, a pipelined round of
  statements, the commit with its log flush) that the corpus documents, about 50 facts each, amortise
  poorly; the measured cost per fact is what counts for linearity.
- Nagle's algorithm on the driver's socket cost 40 ms per batch statement (delayed ACK), see
  src/store/tcp-no-delay.ts; without the fix the writer was capped near 1,000 relationships/s.
- Each fact also writes its evidence item (6 parallel lists), a Passage node and HAS_PASSAGE, and the
  document's MENTIONS: the "rel. in DB/s" column counts those relationships too.`;

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
