/**
 * Load benchmark: relationships/s of the store's writer (src/store/writer.ts) on 1×, 10× and 100× the
 * seeds against the naive one-statement-per-item writer (bench/naive-writer.ts), then `kg load <dir>`
 * end to end (the load service: extraction in worker threads while the writer writes) on the seeds
 * into a fresh database (what `npm start` does) and on the 100× corpus (`--kg-load 100,1000` adds
 * 1000×, with its curve), all in one run on one private server.
 *
 *   npm run bench:load [-- --factors 1,10,100] [--naive 1,10] [--kg-load 100] [--seed-rounds 3]
 *                      [--transaction-writes N] [--no-docs]
 *
 * Corpus: bench/corpus.ts (sentence-shuffled seed copies with names substituted, so ids do not
 * collapse); for the writer tables it is extracted in memory first (not timed), for `kg load` it is
 * written to bench/corpus/<N>x/ (git-ignored; kept between runs) and read from there.
 * Server: a private Neo4j 5.26 started for the run from the project's jars with the same settings as
 * the local development server (`npm run db:start`, src/neo4j-server), in a temp directory, deleted
 * afterwards — the benchmark wipes its database between sizes, so it never runs on someone's data.
 * Unless --no-docs, the numbers replace the "## Load" section of docs/performance.md (the findings
 * under the tables are bench/load-notes.md).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { generateCorpus, writeCorpus } from './corpus.js';
import { ExtractionWorkers } from '../src/load/extraction-workers.js';
import { loadPaths } from '../src/load/load-service.js';
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
  /** Every relationship written (facts, MENTIONS, HAS_PASSAGE, HAS_TEXT). */
  written: number;
  seconds: number;
  stats: GraphStats;
  /** The longest evidence list on one relationship. */
  hub: number;
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

interface EndToEnd {
  label: string;
  documents: number;
  /** Every relationship written (as the writer tables count them) and the count in the database. */
  written: number;
  relationships: number;
  seconds: number;
  peakRssMb: number;
  curve: Array<{ documents: number; seconds: number; relationships: number }>;
}

/** The largest evidence list on one relationship (the hub: PART_OF 珠海→广东 at 100×). */
async function hubEvidence(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL RETURN max(size(r.evDocs)) AS n',
  );
  return Number(records[0]?.get('n') ?? 0);
}

async function relationshipCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  return Number(records[0]?.get('n') ?? 0);
}

/**
 * `kg load <dir>` as the CLI runs it (load service: extraction in fresh worker threads, streamed from
 * disk, batched writer), into an empty database; wall time from the call to the end, worker start-up
 * included. The curve samples the relationship count (count store) every tenth of the documents.
 */
async function loadDirectory(
  driver: Driver,
  label: string,
  dir: string,
  options: { warmWorkers?: boolean } = {},
): Promise<EndToEnd> {
  await wipe(driver);
  const workers = new ExtractionWorkers();
  // npm start starts its workers before Neo4j is up: they have loaded the extractor by the time it loads.
  if (options.warmWorkers)
    await workers.extract({ file: 'warm-up.txt', bytes: Buffer.from('珠海市发展和改革局牵头。') });
  const samples: Array<Promise<{ documents: number; seconds: number; relationships: number }>> = [];
  const started = performance.now();
  try {
    const { summary } = await loadPaths({ driver }, [dir], {
      workers,
      onProgress: (done, total) => {
        if (done % Math.max(1, Math.round(total / 10)) !== 0 && done !== total) return;
        const seconds = (performance.now() - started) / 1000;
        samples.push(
          relationshipCount(driver).then((relationships) => {
            console.error(
              `    ${label}: ${done}/${total} documents, ${relationships} relationships, ${seconds.toFixed(1)} s`,
            );
            return { documents: done, seconds, relationships };
          }),
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const documents = summary.documents.loaded + summary.documents.replaced + summary.documents.unchanged;
    const curve = await Promise.all(samples);
    return {
      label,
      documents,
      written: summary.relationships,
      relationships: await relationshipCount(driver),
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      curve,
    };
  } finally {
    await workers.close();
  }
}

function corpusDir(factor: number): string {
  const dir = join('bench', 'corpus', `${factor}x`);
  if (!existsSync(dir)) writeCorpus(factor, dir);
  return dir;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const factors = option(args, '--factors', '1,10,100').split(',').map(Number);
  const naiveFactors = option(args, '--naive', '1,10').split(',').map(Number);
  const kgLoadFactors = option(args, '--kg-load', '100').split(',').filter(Boolean).map(Number);
  const transactionWrites = Number(option(args, '--transaction-writes', String(DEFAULT_TRANSACTION_WRITES)));
  const seedRounds = Number(option(args, '--seed-rounds', '3'));
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
  const endToEnd: EndToEnd[] = [];
  try {
    // Warm-up: the JVM compiles the Cypher plans and hot paths on the first documents (a fresh JVM
    // is 3–7× slower on its first loads), so the writers are warmed before anything is timed.
    const warm = buildCorpus(1);
    for (let round = 0; round < 3; round++) {
      await wipe(driver);
      await loadGraph(driver, warm.graphs, { texts: warm.texts, transactionWrites });
    }
    if (naiveFactors.some((f) => factors.includes(f))) {
      await wipe(driver);
      await naiveLoad(driver, warm.graphs, warm.texts);
    }

    for (const factor of factors) {
      console.error(`${factor}×: generating and extracting the corpus (not timed) …`);
      const corpus = buildCorpus(factor);
      await wipe(driver);
      const summary = await loadGraph(driver, corpus.graphs, { texts: corpus.texts, transactionWrites });
      const stats = await graphStats(driver);
      runs.push({
        writer: 'store (batched)',
        factor,
        documents: corpus.documents,
        facts: summary.facts,
        written: summary.relationships,
        seconds: summary.seconds,
        stats,
        hub: await hubEvidence(driver),
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
          written: summary.relationships,
          seconds: naive.seconds,
          stats: naiveStats,
          hub: 0,
        });
        report(runs.at(-1)!);
      }
    }

    for (let round = 1; round <= seedRounds; round++) {
      endToEnd.push(
        await loadDirectory(driver, `seeds, fresh database, workers started (round ${round})`, 'seeds'),
      );
      reportEndToEnd(endToEnd.at(-1)!);
      endToEnd.push(
        await loadDirectory(driver, `seeds as npm start: workers warm (round ${round})`, 'seeds', {
          warmWorkers: true,
        }),
      );
      reportEndToEnd(endToEnd.at(-1)!);
    }
    for (const factor of kgLoadFactors) {
      console.error(`kg load ${factor}×: writing the corpus to disk (not timed) …`);
      endToEnd.push(await loadDirectory(driver, `${factor}× corpus`, corpusDir(factor)));
      reportEndToEnd(endToEnd.at(-1)!);
    }
  } finally {
    await driver.close();
    await stopLocalServer({ name: 'bench', homeDir: home, graceful: false, removeHome: true });
  }
  const section = loadSection(runs, endToEnd, transactionWrites, loadAtStart, loadavg());
  console.log(section);
  if (writeDocs) replaceSection(section);
}

function report(run: Run): void {
  console.error(
    `  ${run.writer}: ${run.documents} documents, ${run.written} relationships (${run.facts} facts) in ${run.seconds.toFixed(2)} s → ` +
      `${Math.round(run.written / run.seconds)} relationships/s, ${Math.round(run.facts / run.seconds)} facts/s`,
  );
}

function reportEndToEnd(run: EndToEnd): void {
  console.error(
    `  kg load ${run.label}: ${run.documents} documents, ${run.relationships} relationships in ${run.seconds.toFixed(2)} s → ` +
      `${Math.round(run.relationships / run.seconds)} relationships/s, peak RSS ${Math.round(run.peakRssMb)} MB`,
  );
}

function loadSection(
  runs: Run[],
  endToEnd: EndToEnd[],
  transactionWrites: number,
  loadAtStart: number[],
  loadAtEnd: number[],
): string {
  const store = runs.filter((r) => r.writer.startsWith('store'));
  const rows = store.map((r) => {
    const naive = runs.find((n) => n.writer.startsWith('naive') && n.factor === r.factor);
    const naiveCells = naive
      ? `${naive.seconds.toFixed(1)} | ${Math.round(naive.written / naive.seconds)} | ${(naive.seconds / r.seconds).toFixed(1)}×`
      : 'not run | – | –';
    return (
      `| ${r.factor}× | ${r.documents} | ${r.facts} | ${r.written} | ${allRelationships(r.stats)} | ${r.seconds.toFixed(2)} | ` +
      `${Math.round(r.written / r.seconds)} | ${Math.round(r.facts / r.seconds)} | ${naiveCells} | ` +
      `${((r.seconds / r.written) * 1e3).toFixed(3)} | ${r.hub} |`
    );
  });
  const perRel = store.map((r) => (r.seconds / r.written) * 1e3);
  const first = perRel[0] ?? 0;
  const last = perRel.at(-1) ?? 0;
  const at100 = store.find((r) => r.factor === 100);
  const rate100 = at100 ? at100.written / at100.seconds : 0;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const e2eRows = endToEnd.map(
    (e) =>
      `| ${e.label} | ${e.documents} | ${e.written} | ${e.relationships} | ${e.seconds.toFixed(2)} | ${Math.round(e.written / e.seconds)} | ${Math.round(e.relationships / e.seconds)} | ${Math.round(e.peakRssMb)} |`,
  );
  const curves = endToEnd
    .filter((e) => e.documents >= 100)
    .map((e) => {
      const points = e.curve.map((p, i) => {
        const before = i === 0 ? { seconds: 0, relationships: 0 } : e.curve[i - 1]!;
        const rate = (p.relationships - before.relationships) / Math.max(1e-9, p.seconds - before.seconds);
        return `${p.documents} docs ${p.seconds.toFixed(1)} s ${Math.round(rate)}/s`;
      });
      return `Curve of \`kg load\` ${e.label} (documents done, elapsed, relationships/s in that tenth): ${points.join('; ')}.`;
    });
  return [
    '## Load',
    '',
    `Writer: \`src/store/writer.ts\` — many documents per write transaction (about ${transactionWrites} writes each:`,
    'one look-up of the stored versions, one write statement whose rows are merged over the documents), a',
    'refused transaction retried one document at a time. Baseline: `bench/naive-writer.ts`, one auto-commit',
    'statement per document, passage, text chunk, node and fact, same corpus, same server, same run.',
    'Corpus: `bench/corpus.ts` (seed copies with substituted names), extracted one document at a time (not',
    'timed in the first table). Each size starts from an empty database with the schema applied, on a private',
    'Neo4j 5.26 with the development server settings (heap 1 GB, page cache 512 MB), after warm-up rounds.',
    '',
    '"relationships" = every relationship created (facts, MENTIONS, HAS_PASSAGE, HAS_TEXT: what `kg stats`',
    'counts; a fact cited by three documents counts three times, as three writes of evidence); "in DB" is',
    'the count in the database afterwards. "facts" = fact relationships written, one per (document, edge).',
    '"ratio" = naive seconds / writer seconds. "hub" = the longest evidence list on one relationship.',
    '',
    '| corpus | documents | facts | relationships | in DB | seconds | relationships/s | facts/s | naive seconds | naive rel./s | ratio | ms per rel. | hub |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Linearity: ${first.toFixed(3)} ms per relationship at ${store[0]?.factor}×, ${last.toFixed(3)} ms at ` +
      `${store.at(-1)?.factor}× (hub list ${store.at(-1)?.hub} items) — ` +
      `${last <= first * 1.2 ? 'no growth' : '**grows**'}.`,
    '',
    `Target ≥ ${TARGET_RELATIONSHIPS_PER_S.toLocaleString('en')} relationships/s at 100×: ${Math.round(rate100)} (${met(rate100 >= TARGET_RELATIONSHIPS_PER_S)}).`,
    '',
    '`kg load <dir>` end to end (load service: extraction in fresh worker threads — one per core but one —',
    'streamed from disk while the writer writes; worker start-up included; empty database, warm server):',
    '',
    '| input | documents | relationships written | in DB | seconds | written/s | in DB/s | peak RSS of the process (MB) |',
    '|---|---|---|---|---|---|---|---|',
    ...e2eRows,
    '',
    ...curves,
    '',
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}, ` +
      `at end ${loadAtEnd.map((l) => l.toFixed(2)).join(' / ')} (shared machine: other engineers' processes ` +
      'compete for the two cores; numbers are wall-clock and vary ±50% between runs).',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}. Reproduce: \`npm run bench:load\` ` +
      '(`-- --factors 1,10 --naive 1 --kg-load 10` for a shorter run, `--kg-load 1000` for the 1000× curve, ' +
      '`--transaction-writes N`, `--no-docs` to leave this file alone).',
    '',
    NOTES,
  ].join('\n');
}

const NOTES = readFileSync(new URL('./load-notes.md', import.meta.url), 'utf8').trim();

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
