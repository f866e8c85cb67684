/**
 * The default extractor for ingestDocument: the loaders' pipeline (loaders/pipeline.ts), loaded on
 * first use so that a read-only server never loads the recognisers' dictionaries.
 */
import type { GraphJson } from '../../model/graph-json.js';
import type { IngestInput } from './ingest.js';

export async function extractWithPipeline(input: IngestInput): Promise<GraphJson> {
  // The specifier is a variable so the API type-checks while the pipeline is still being built.
  const pipelinePath = '../../../loaders/pipeline.js';
  const pipeline = (await import(pipelinePath)) as Record<string, unknown>;
  void pipeline;
  void input;
  throw new Error('the extraction pipeline is not available yet');
}
