/**
 * Loading documents and graph JSON into the store: the one service behind `kg load` and the seeds
 * of `npm start`. Graph JSON inputs are read and checked first (src/load/inputs.ts), then the schema
 * is applied (idempotent) and the graphs are written; documents are then extracted in worker threads
 * while the writer writes them (document-stream.ts). Each document loads completely or not at all.
 */
import { applySchema } from '../store/schema.js';
import type { Store } from '../store/connection.js';
import type { DocumentWriteError } from '../store/document-write-error.js';
import { loadGraph, writeDocuments, type LoadSummary } from '../store/writer.js';
import { groupByContent } from './content-groups.js';
import { extractedDocuments } from './document-stream.js';
import { sharedExtractionWorkers, type ExtractionWorkers } from './extraction-workers.js';
import { readLoadInputs, type FileFailure } from './inputs.js';

export interface LoadPathsOptions {
  /** Called after each document is written (or found unchanged, or refused). */
  onProgress?: (done: number, total: number) => void;
  /** Writes per transaction (writer default when undefined). */
  transactionWrites?: number;
  /** Extraction workers to use; default: the process's pool (sharedExtractionWorkers). */
  workers?: ExtractionWorkers;
}

export interface LoadResult {
  summary: LoadSummary;
  /** Documents that could not be read or that the database refused: not loaded, the others were. */
  failures: FileFailure[];
}

/** Files, directories of documents and graph JSON files → the store. Throws before writing for bad input. */
export async function loadPaths(
  store: Store,
  paths: readonly string[],
  options: LoadPathsOptions = {},
): Promise<LoadResult> {
  const { inputs, documentFiles } = readLoadInputs(paths);
  const documentGroups = groupByContent(documentFiles);
  const total =
    inputs.reduce((sum, input) => sum + input.graphs.reduce((n, g) => n + g.documents.length, 0), 0) +
    documentGroups.length;
  await applySchema(store.driver, { database: store.database });
  const write = {
    database: store.database,
    ...(options.transactionWrites ? { transactionWrites: options.transactionWrites } : {}),
  };
  const summaries: LoadSummary[] = [];
  const failures: FileFailure[] = [];
  let done = 0;
  const onProgress = () => options.onProgress?.(++done, total);
  for (const input of inputs) {
    summaries.push(await loadGraph(store.driver, input.graphs, { ...write, texts: input.texts, onProgress }));
  }
  if (documentGroups.length > 0) {
    const workers = options.workers ?? sharedExtractionWorkers();
    const documents = extractedDocuments(documentGroups, workers, failures);
    summaries.push(await writeDocuments(store.driver, documents, { ...write, onProgress }));
  }
  // A file that could not be read counts as done for the progress report.
  for (let i = 0; i < failures.length; i++) onProgress();
  const summary = addSummaries(summaries);
  return { summary, failures: [...failures, ...summary.failed.map(writeFailure)] };
}

function addSummaries(summaries: readonly LoadSummary[]): LoadSummary {
  const sum = (pick: (s: LoadSummary) => number) => summaries.reduce((t, s) => t + pick(s), 0);
  return {
    documents: {
      loaded: sum((s) => s.documents.loaded),
      replaced: sum((s) => s.documents.replaced),
      unchanged: sum((s) => s.documents.unchanged),
    },
    failed: summaries.flatMap((s) => s.failed),
    nodes: sum((s) => s.nodes),
    facts: sum((s) => s.facts),
    relationships: sum((s) => s.relationships),
    evidence: sum((s) => s.evidence),
    passages: sum((s) => s.passages),
    unattributedNodes: sum((s) => s.unattributedNodes),
    seconds: sum((s) => s.seconds),
  };
}

function writeFailure(error: DocumentWriteError): FileFailure {
  return { file: error.document.file, message: error.message };
}

/** The summary as a command prints it, one line per aspect. */
export function formatLoadSummary(summary: LoadSummary): string[] {
  const { documents, facts, relationships, seconds } = summary;
  const rate = (n: number) => (seconds > 0 ? Math.round(n / seconds) : 0);
  const lines = [
    `documents: ${documents.loaded} loaded, ${documents.replaced} replaced, ${documents.unchanged} unchanged` +
      (summary.failed.length > 0 ? `, ${summary.failed.length} failed` : ''),
    `written:   ${summary.nodes} node mentions, ${facts} facts, ${summary.evidence} evidence items, ` +
      `${summary.passages} passages; ${relationships} relationships in all`,
    `time:      ${seconds.toFixed(2)} s` +
      (relationships > 0 && seconds > 0
        ? ` (${rate(facts)} facts/s, ${rate(relationships)} relationships/s)`
        : ''),
  ];
  if (summary.unattributedNodes > 0) {
    lines.push(
      `skipped:   ${summary.unattributedNodes} nodes without any edge (no evidence ties them to a document)`,
    );
  }
  return lines;
}
