/**
 * Document files → the writer's per-document batches, as a stream: files are read from disk and
 * extracted in the worker threads a few at a time, in order, while the writer writes the ones before
 * them. The corpus is never held in memory (1000× the seeds is about 180 MB of text).
 *
 * Files with identical content come as one group (content-groups.ts): one document recording every
 * name. Each document is extracted alone: a node the extractor found but tied to no fact (no edge) is then
 * still known to belong to that document, and is stored as mentioned by it. A file that cannot be
 * read is added to `failures`, not loaded; an extractor bug stops the stream (an internal error).
 */
import { readSources } from '../../loaders/index.js';
import { splitByDocument, type DocumentBatch } from '../store/document-batch.js';
import { recordedFiles, type ContentGroup } from './content-groups.js';
import { isReadFailure, type ExtractionWorkers } from './extraction-workers.js';
import type { ExtractedDocument } from './extract-document.js';
import type { FileFailure } from './inputs.js';

/** Documents read ahead of the writer: enough to fill the next transaction while one is written. */
const READ_AHEAD = 32;

type Extracted = ExtractedDocument | FileFailure;

export async function* extractedDocuments(
  groups: readonly ContentGroup[],
  workers: ExtractionWorkers,
  failures: FileFailure[],
): AsyncGenerator<DocumentBatch> {
  const ahead: Array<Promise<Extracted>> = [];
  let next = 0;
  while (next < groups.length || ahead.length > 0) {
    while (next < groups.length && ahead.length < READ_AHEAD) {
      const job = extractFile(groups[next++]!, workers);
      // Awaited in order below; a rejection meanwhile is not "unhandled".
      job.catch(() => {});
      ahead.push(job);
    }
    const result = await ahead.shift()!;
    if (isFileFailure(result)) {
      failures.push(result);
      continue;
    }
    const id = result.graph.documents[0]!.id;
    const [batch] = splitByDocument(result.graph, new Map([[id, result.text]])).batches;
    if (batch) yield batch;
  }
}

async function extractFile(group: ContentGroup, workers: ExtractionWorkers): Promise<Extracted> {
  const { sources, unreadable } = readSources([group.path]);
  const [source] = sources;
  if (!source) return { file: unreadable[0]!.file, message: unreadable[0]!.message };
  const result = await workers.extract(source);
  if (isReadFailure(result)) return result;
  const [document] = result.graph.documents;
  if (document) Object.assign(document, recordedFiles(group));
  return result;
}

function isFileFailure(result: Extracted): result is FileFailure {
  return isReadFailure(result as ExtractedDocument | FileFailure);
}
