/**
 * Documents through the extractor, for `kg load`, `npm start`, the API's ingestDocument and
 * `kg extract`. A document that cannot be read as text (DocumentError) is the user's problem: it is
 * returned as a failure naming the file. Anything else the extractor trips over is a bug and is
 * thrown as an internal error.
 *
 * extractGraph (loaders/) reports every error as a failure, bugs included and without their stack.
 * So documents are decoded here first, where the extractor refuses the unreadable ones; a failure of
 * extractGraph on a document that decoded can only be a bug.
 */
import { decodeDocument, DocumentError, extractGraph, type SourceDocument } from '../../loaders/index.js';
import { InternalError } from '../errors.js';
import type { GraphJson } from '../model/graph-json.js';
import { validateGraph } from '../store/validate.js';

export interface ExtractedDocument {
  /** A valid graph JSON with exactly this one document. */
  graph: GraphJson;
  /** The decoded text, for passages around the evidence. */
  text: string;
}

export interface DocumentFailure {
  file: string;
  /** Names the file and what is wrong with it. */
  message: string;
  error: DocumentError;
}

/** The decoded text, or the failure of a document the extractor cannot read. */
export function decodeSource(source: SourceDocument): string | DocumentFailure {
  try {
    // Decoding is where the extractor refuses a document (empty, binary, undecodable, too large).
    return decodeDocument(source.bytes, source.file).text;
  } catch (error) {
    if (error instanceof DocumentError) return { file: source.file, message: error.message, error };
    throw new InternalError(`${source.file}: decoding failed`, error);
  }
}

/** extractGraph over readable documents; throws if it failed on any (a bug). */
export function extractReadable(sources: readonly SourceDocument[]): GraphJson {
  const { graph, failures } = extractGraph(sources);
  const [failure] = failures;
  if (failure) throw new InternalError(`${failure.file}: the extractor failed: ${failure.message}`);
  return graph;
}

export function extractDocument(source: SourceDocument): ExtractedDocument | DocumentFailure {
  const text = decodeSource(source);
  if (typeof text !== 'string') return text;
  const graph = extractReadable([source]);
  try {
    return { graph: validateGraph(graph, source.file), text };
  } catch (error) {
    throw new InternalError(`${source.file}: the extractor's graph breaks the graph JSON contract`, error);
  }
}

export function isFailure(result: ExtractedDocument | DocumentFailure): result is DocumentFailure {
  return 'error' in result;
}
