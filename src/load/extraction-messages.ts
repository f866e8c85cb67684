/** What the main thread and an extraction worker (extraction-worker.ts) send each other. */
import type { SourceDocument } from '../../loaders/index.js';
import type { ExtractedDocument } from './extract-document.js';

export interface WorkerRequest {
  id: number;
  source: SourceDocument;
}

/** A document that cannot be read as text: the message names the file. */
export interface ReadFailure {
  file: string;
  message: string;
}

export type WorkerReply =
  | { id: number; extracted: ExtractedDocument }
  | { id: number; failure: ReadFailure }
  | { id: number; bug: { message: string; stack: string } };
