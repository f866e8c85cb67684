/**
 * Documents through the extractor, for `kg load`, `npm start`, the API's ingestDocument and
 * `kg extract`. A document that cannot be read as text (DocumentError) is the user's problem: it is
 * returned as a failure naming the file. Anything else the extractor trips over is a bug: extractGraph
 * throws it, and it is raised here as an internal error with its cause.
 */
import {
  extractGraph,
  type ExtractFailure,
  type Extraction,
  type SourceDocument,
} from '../../loaders/index.js';
import { InternalError } from '../errors.js';
import type { GraphJson } from '../model/graph-json.js';
import { validateGraph } from '../store/validate.js';

export interface ExtractedDocument {
  /** A valid graph JSON with exactly this one document. */
  graph: GraphJson;
  /** The decoded text, for passages around the evidence. */
  text: string;
}

export type DocumentFailure = ExtractFailure;

/** extractGraph; an extractor bug becomes an internal error naming the documents. */
export function extractReadable(sources: readonly SourceDocument[]): Extraction {
  try {
    return extractGraph(sources);
  } catch (error) {
    throw new InternalError(`${sources.map((s) => s.file).join(', ')}: the extractor failed`, error);
  }
}

export function extractDocument(source: SourceDocument): ExtractedDocument | DocumentFailure {
  const { graph, failures, texts } = extractReadable([source]);
  const [failure] = failures;
  if (failure) return failure;
  const id = graph.documents[0]?.id;
  try {
    return { graph: validateGraph(graph, source.file), text: (id && texts.get(id)) ?? '' };
  } catch (error) {
    throw new InternalError(`${source.file}: the extractor's graph breaks the graph JSON contract`, error);
  }
}

export function isFailure(result: ExtractedDocument | DocumentFailure): result is DocumentFailure {
  return 'error' in result;
}
