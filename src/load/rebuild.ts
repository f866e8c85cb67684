/**
 * `kg rebuild`: every stored document extracted again from its stored text (TextChunk nodes, see
 * src/store/document-text.ts) with the current extractor and written back, so that a database follows
 * the extractor's improvements. A document whose facts come out the same is left alone ("unchanged");
 * the others are replaced, each completely or not at all, through the same writer as `kg load`.
 *
 * The document's metadata (title, issuer, date, jurisdiction, genre) is given to the extractor as
 * stored: it may have come from a manifest that is no longer at hand. A document stored without its
 * text (loaded from graph JSON alone) cannot be extracted again: it is reported and left as it is.
 */
import type { Genre } from '../model/graph-json.js';
import type { Store } from '../store/connection.js';
import type { DocumentBatch } from '../store/document-batch.js';
import { splitByDocument } from '../store/document-batch.js';
import { fromCypher } from '../store/neo4j-values.js';
import { writeDocuments, type LoadSummary } from '../store/writer.js';
import { isReadFailure, sharedExtractionWorkers, type ExtractionWorkers } from './extraction-workers.js';
import type { FileFailure } from './inputs.js';

interface StoredDocument {
  id: string;
  file: string;
  files?: string[];
  title: string;
  issuer: string;
  date: string | null;
  jurisdiction: string;
  genre: Genre;
  chars: number;
}

export interface RebuildResult {
  summary: LoadSummary;
  /** Documents not rebuilt (no stored text, or the extractor can no longer read it). */
  failures: FileFailure[];
}

export async function rebuildStore(
  store: Store,
  options: { workers?: ExtractionWorkers; onProgress?: (done: number, total: number) => void } = {},
): Promise<RebuildResult> {
  const documents = await storedDocuments(store);
  const failures: FileFailure[] = [];
  const workers = options.workers ?? sharedExtractionWorkers();
  let done = 0;
  const summary = await writeDocuments(store.driver, reextracted(store, documents, workers, failures), {
    database: store.database,
    onProgress: () => options.onProgress?.(++done, documents.length),
  });
  return {
    summary,
    failures: [...failures, ...summary.failed.map((e) => ({ file: e.document.file, message: e.message }))],
  };
}

async function storedDocuments(store: Store): Promise<StoredDocument[]> {
  const { records } = await store.driver.executeQuery(
    'MATCH (d:Document) RETURN properties(d) AS p ORDER BY d.file',
    {},
    { database: store.database, routing: 'READ' },
  );
  return records.map((r) => fromCypher(r.get('p')) as StoredDocument);
}

async function storedText(store: Store, id: string): Promise<string> {
  const { records } = await store.driver.executeQuery(
    'MATCH (:Document {id: $id})-[:HAS_TEXT]->(c:TextChunk) RETURN c.text AS text ORDER BY c.start',
    { id },
    { database: store.database, routing: 'READ' },
  );
  return records.map((r) => r.get('text') as string).join('');
}

/** The documents extracted again, one after another (a text is read only when its turn comes). */
async function* reextracted(
  store: Store,
  documents: readonly StoredDocument[],
  workers: ExtractionWorkers,
  failures: FileFailure[],
): AsyncGenerator<DocumentBatch> {
  for (const stored of documents) {
    const text = await storedText(store, stored.id);
    if (text.length === 0 || text.length !== stored.chars) {
      failures.push({
        file: stored.file,
        message: `${stored.file}: no stored text (loaded from graph JSON alone): not rebuilt`,
      });
      continue;
    }
    const { title, issuer, date, jurisdiction, genre } = stored;
    const result = await workers.extract({
      file: stored.file,
      bytes: Buffer.from(text, 'utf8'),
      metadata: { title, issuer, date, jurisdiction, genre },
    });
    if (isReadFailure(result)) {
      failures.push(result);
      continue;
    }
    const [document] = result.graph.documents;
    if (document && stored.files) document.files = stored.files;
    const [batch] = splitByDocument(result.graph, new Map([[document?.id ?? '', result.text]])).batches;
    if (batch) yield batch;
  }
}
