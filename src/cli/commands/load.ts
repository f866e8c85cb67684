/**
 * `kg load <files|dirs|graph.json>...`: writes graphs into Neo4j.
 *
 * `*.json` arguments are graph JSON made earlier (by `kg extract` or `kg export`); other files, and
 * the files inside directories, are documents, extracted first. Every input is read and checked before
 * anything is written, so a bad graph JSON file is refused as a whole with the item and the reason.
 * The schema is applied first (idempotent). Each document is one transaction: a failure or a kill
 * leaves the documents already committed and no part of the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import cliProgress from 'cli-progress';
import { readSources, type ExtractFailure } from '../../../loaders/index.js';
import { extractDocument, isFailure } from '../../load/extract-document.js';
import type { GraphJson } from '../../model/graph-json.js';
import { applySchema } from '../../store/schema.js';
import { InvalidGraphError, validateGraph } from '../../store/validate.js';
import { loadGraph, type LoadSummary } from '../../store/writer.js';
import { findDocumentTexts } from '../document-texts.js';
import { withStore } from '../store-access.js';
import { InputError } from '../../errors.js';

/** Above this many documents a progress report is shown even when stderr is not a terminal. */
const MANY_DOCUMENTS = 50;

interface Input {
  source: string;
  graphs: GraphJson[];
  texts: Map<string, string>;
}

export async function run(args: string[]): Promise<number> {
  const quiet = args.includes('--quiet');
  const paths = args.filter((a) => a !== '--quiet');
  const unknown = paths.find((a) => a.startsWith('--'));
  if (unknown) throw new InputError(`load: unknown option ${unknown}`);
  if (paths.length === 0) throw new InputError('load: give document files, directories or graph JSON files');

  const { inputs, failures } = await readInputs(paths);
  const total = inputs.reduce(
    (sum, input) => sum + input.graphs.reduce((n, graph) => n + graph.documents.length, 0),
    0,
  );

  const summaries = await withStore(async ({ driver, database }) => {
    await applySchema(driver, { database });
    const bar = !quiet && (process.stderr.isTTY || total >= MANY_DOCUMENTS) ? progressBar(total) : undefined;
    const results: LoadSummary[] = [];
    try {
      for (const input of inputs) {
        results.push(
          await loadGraph(driver, input.graphs, {
            texts: input.texts,
            database,
            onProgress: () => bar?.increment(),
          }),
        );
      }
    } finally {
      bar?.stop();
    }
    return results;
  });
  console.log(formatSummary(summaries));
  // Documents that could not be read or extracted were not written; the others were.
  for (const failure of failures) console.error(`kg: ${failure.file}: not loaded: ${failure.message}`);
  return failures.length > 0 ? 1 : 0;
}

/** Reads, parses and checks every input; throws an InputError naming the first bad one. */
async function readInputs(paths: string[]): Promise<{ inputs: Input[]; failures: ExtractFailure[] }> {
  const graphFiles: string[] = [];
  const documentFiles: string[] = [];
  const dirs: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InputError(`load: ${path}: no such file or directory`);
    }
    if (isDir) {
      dirs.push(path);
      for (const name of readdirSync(path).sort()) {
        const file = join(path, name);
        if (!name.startsWith('.') && !name.endsWith('.json') && statSync(file).isFile())
          documentFiles.push(file);
      }
    } else if (path.endsWith('.json')) {
      graphFiles.push(path);
    } else {
      documentFiles.push(path);
    }
  }

  const inputs = graphFiles.map((file): Input => {
    const graph = readGraphFile(file);
    return { source: file, graphs: [graph], texts: findDocumentTexts(graph, [dirname(file), ...dirs]) };
  });
  const failures: ExtractFailure[] = [];
  if (documentFiles.length > 0) {
    const extracted = await extractDocuments(documentFiles);
    inputs.push(extracted);
    failures.push(...extracted.failures);
  }
  return { inputs, failures };
}

function readGraphFile(file: string): GraphJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: not readable as JSON (${(error as Error).message})`);
  }
  try {
    return validateGraph(parsed, file);
  } catch (error) {
    if (error instanceof InvalidGraphError) throw new InputError(`${error.message}\nnothing was written`);
    throw error;
  }
}

/**
 * Runs the extractor over document files, one document at a time: a node the extractor found but
 * tied to no fact (no edge) is then still known to belong to that document, and is stored as
 * mentioned by it. (In a graph JSON of several documents such a node has no evidence of its
 * document; the writer skips it.) A file that cannot be read is reported, not loaded; an extractor
 * bug stops the load.
 */
async function extractDocuments(files: string[]): Promise<Input & { failures: ExtractFailure[] }> {
  const { sources, unreadable } = readSources(files);
  const graphs: GraphJson[] = [];
  const texts = new Map<string, string>();
  const failures: ExtractFailure[] = [...unreadable];
  for (const source of sources) {
    const extracted = extractDocument(source);
    if (isFailure(extracted)) {
      failures.push(extracted);
      continue;
    }
    graphs.push(extracted.graph);
    texts.set(extracted.graph.documents[0]!.id, extracted.text);
  }
  const source = files.length === 1 ? files[0]! : `${files.length} documents`;
  return { source, graphs, texts, failures };
}

function progressBar(total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'loading [{bar}] {value}/{total} documents  {percentage}%  {duration}s',
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

export function formatSummary(summaries: LoadSummary[]): string {
  const sum = (pick: (s: LoadSummary) => number) => summaries.reduce((t, s) => t + pick(s), 0);
  const loaded = sum((s) => s.documents.loaded);
  const replaced = sum((s) => s.documents.replaced);
  const unchanged = sum((s) => s.documents.unchanged);
  const seconds = sum((s) => s.seconds);
  const relationships = sum((s) => s.relationships);
  const lines = [
    `documents: ${loaded} loaded, ${replaced} replaced, ${unchanged} unchanged`,
    `written:   ${sum((s) => s.nodes)} node mentions, ${relationships} relationships, ` +
      `${sum((s) => s.evidence)} evidence items, ${sum((s) => s.passages)} passages`,
    `time:      ${seconds.toFixed(2)} s` +
      (relationships > 0 && seconds > 0 ? ` (${Math.round(relationships / seconds)} relationships/s)` : ''),
  ];
  const unattributed = sum((s) => s.unattributedNodes);
  if (unattributed > 0) {
    lines.push(`skipped:   ${unattributed} nodes without any edge (no evidence ties them to a document)`);
  }
  return lines.join('\n');
}
