/**
 * The default extractor for ingestDocument: the loaders' pipeline (loaders/pipeline.ts), imported on
 * first use so that a read-only server never loads the recognisers' dictionaries.
 */
import type { GraphJson, Genre } from '../../model/graph-json.js';
import type { IngestInput } from './ingest.js';

export async function extractWithPipeline(input: IngestInput): Promise<GraphJson> {
  const { extractGraph } = await import('../../../loaders/pipeline.js');
  const metadata: { title?: string; jurisdiction?: string; genre?: Genre; date?: string | null } = {};
  if (input.title) metadata.title = input.title;
  if (input.jurisdiction) metadata.jurisdiction = input.jurisdiction;
  if (input.genre) metadata.genre = input.genre as Genre;
  if (input.date) metadata.date = input.date;
  // The pipeline decodes bytes (and rejects empty, binary or undecodable input) like files from disk.
  const { graph, failures } = extractGraph([
    { file: input.file, bytes: Buffer.from(input.text, 'utf8'), metadata },
  ]);
  const [failure] = failures;
  if (failure) throw new Error(failure.message);
  return graph;
}
