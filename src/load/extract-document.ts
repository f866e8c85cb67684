/**
 * One document through the extractor, for whoever writes it into the store (`kg load`, `npm start`,
 * the API's ingestDocument). A document that cannot be read as text is the user's problem: it is
 * returned as a failure naming the file. Anything else the extractor trips over is a bug and is
 * thrown as an internal error.
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

export function extractDocument(source: SourceDocument): ExtractedDocument | DocumentFailure {
  let text: string;
  try {
    // Decoding is where the extractor refuses a document (empty, binary, undecodable, too large).
    text = decodeDocument(source.bytes, source.file).text;
  } catch (error) {
    if (error instanceof DocumentError) return { file: source.file, message: error.message, error };
    throw new InternalError(`${source.file}: decoding failed`, error);
  }
  const { graph, failures } = extractGraph([source]);
  // extractGraph reports every error as a failure, bugs included (and without their stack); once
  // the text decoded, a failure can only be one of those.
  const [failure] = failures;
  if (failure) throw new InternalError(`${source.file}: the extractor failed: ${failure.message}`);
  try {
    return { graph: validateGraph(graph, source.file), text };
  } catch (error) {
    throw new InternalError(`${source.file}: the extractor's graph breaks the graph JSON contract`, error);
  }
}

export function isFailure(result: ExtractedDocument | DocumentFailure): result is DocumentFailure {
  return 'error' in result;
}
