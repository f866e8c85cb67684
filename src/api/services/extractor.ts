/**
 * The default extractor for ingestDocument: the loaders' pipeline in the process's extraction worker
 * threads (src/load/extraction-workers.ts, shared with the seeds' load), so that a large document
 * never blocks the event loop (/healthz and every other request keep answering). The workers start on
 * first use, so a read-only server never loads the recognisers' dictionaries.
 */
import { InputError } from '../../errors.js';
import type { GraphJson, Genre } from '../../model/graph-json.js';
import type { IngestInput } from './ingest.js';

export async function extractWithPipeline(input: IngestInput): Promise<GraphJson> {
  const { sharedExtractionWorkers, isReadFailure } = await import('../../load/extraction-workers.js');
  const metadata: { title?: string; jurisdiction?: string; genre?: Genre; date?: string | null } = {};
  if (input.title) metadata.title = input.title;
  if (input.jurisdiction) metadata.jurisdiction = input.jurisdiction;
  if (input.genre) metadata.genre = input.genre as Genre;
  if (input.date) metadata.date = input.date;
  // The pipeline decodes bytes (and rejects empty, binary or undecodable input) like files from disk.
  const extracted = await sharedExtractionWorkers().extract({
    file: input.file,
    bytes: Buffer.from(input.text, 'utf8'),
    metadata,
  });
  if (isReadFailure(extracted)) throw new InputError(extracted.message, { argument: 'text' });
  return extracted.graph;
}
