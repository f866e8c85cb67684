/**
 * Extraction in worker threads, so that `kg load` extracts on one core while the writer (and Neo4j)
 * works on the other, and the API's ingestDocument never blocks the event loop with a large document.
 *
 * A pool of `size` workers, each extracting one document at a time; documents queue for the first
 * free worker. Under tsx (development, tests) the worker's TypeScript is loaded through tsx too.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../../loaders/index.js';
import { InternalError } from '../errors.js';
import type { ExtractedDocument } from './extract-document.js';
import type { ReadFailure, WorkerReply, WorkerRequest } from './extraction-messages.js';

export type { ReadFailure } from './extraction-messages.js';

/** One core for the writer and the database, the others extract (at least one worker). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Job {
  request: WorkerRequest;
  resolve: (result: ExtractedDocument | ReadFailure) => void;
  reject: (error: Error) => void;
}

export class ExtractionWorkers {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  private closed = false;

  constructor(readonly size = defaultWorkerCount()) {
    for (let i = 0; i < size; i++) this.add(startWorker());
  }

  /** The document's graph JSON and text, or why it cannot be read; an extractor bug rejects. */
  extract(source: SourceDocument): Promise<ExtractedDocument | ReadFailure> {
    if (this.closed) return Promise.reject(new InternalError('extraction workers are closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, source }, resolve, reject });
      this.dispatch();
    });
  }

  /** Jobs waiting or running: a producer keeps this small to bound memory. */
  get pending(): number {
    return this.queue.length + this.running.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.all.map((worker) => worker.terminate()));
  }

  private add(worker: Worker): void {
    this.all.push(worker);
    this.idle.push(worker);
    worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
    worker.on('error', (error) => this.fail(worker, error));
    // A worker that exits is not replaced; its job (if any) fails. Workers are not meant to exit.
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(worker, new Error(`extraction worker exited with code ${code}`));
    });
    // Idle workers do not keep the process alive.
    worker.unref();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (job) {
      if ('bug' in reply) {
        const cause = Object.assign(new Error(reply.bug.message), { stack: reply.bug.stack });
        job.reject(new InternalError(`${job.request.source.file}: the extractor failed`, cause));
      } else {
        job.resolve('extracted' in reply ? reply.extracted : reply.failure);
      }
    }
    this.dispatch();
  }

  private fail(worker: Worker, error: Error): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.reject(new InternalError(`${job.request.source.file}: the extraction worker failed`, error));
    if (this.idle.length === 0 && this.running.size === 0) {
      for (const waiting of this.queue.splice(0))
        waiting.reject(new InternalError('no extraction worker left', error));
    }
  }
}

function startWorker(): Worker {
  const entry = new URL('./extraction-worker.js', import.meta.url);
  // Under tsx this module is TypeScript, and so is the worker: a bootstrap registers tsx first.
  if (!import.meta.url.endsWith('.ts')) return new Worker(entry);
  const typescriptEntry = new URL('./extraction-worker.ts', import.meta.url).href;
  return new Worker(new URL('./extraction-worker-tsx.mjs', import.meta.url), {
    workerData: { entry: typescriptEntry },
  });
}

let shared: ExtractionWorkers | undefined;

/**
 * The process's pool, made on first use: `kg load`, the seeds of `npm start` and the API's
 * ingestDocument share it. Its idle workers do not keep the process alive, so nobody closes it.
 */
export function sharedExtractionWorkers(): ExtractionWorkers {
  shared ??= new ExtractionWorkers();
  return shared;
}

export function isReadFailure(result: ExtractedDocument | ReadFailure): result is ReadFailure {
  return 'message' in result;
}
