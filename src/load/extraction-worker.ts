/**
 * The body of an extraction worker thread (extraction-workers.ts): documents in, graph JSON out.
 * An extractor bug is sent back with its stack; the main thread raises it as an internal error.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../../loaders/index.js';
import { extractDocument, isFailure } from './extract-document.js';
import type { WorkerReply, WorkerRequest } from './extraction-messages.js';

const port = parentPort;
if (!port) throw new Error('extraction-worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const source: SourceDocument = { ...request.source, bytes: Buffer.from(request.source.bytes) };
  let reply: WorkerReply;
  try {
    const result = extractDocument(source);
    reply = isFailure(result)
      ? { id: request.id, failure: { file: result.file, message: result.message } }
      : { id: request.id, extracted: result };
  } catch (error) {
    const bug = error instanceof Error ? error : new Error(String(error));
    const cause = bug.cause instanceof Error ? bug.cause : undefined;
    reply = {
      id: request.id,
      bug: { message: bug.message, stack: cause?.stack ?? bug.stack ?? bug.message },
    };
  }
  port.postMessage(reply);
});
