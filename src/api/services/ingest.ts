/**
 * Ingesting and deleting documents through the API. Extraction runs fully before anything is
 * written, and the store writes one document in one transaction, so a document that fails at any
 * step leaves the graph as it was.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphJson } from '../../model/graph-json.js';
import { loadGraph } from '../../store/writer.js';
import { deleteDocument, DocumentNotFoundError } from '../../store/delete.js';
import { graphProblems } from '../../store/validate.js';
import { badInput, notFound } from '../errors.js';
import type { Loaders } from '../loaders.js';
import type { DocumentRow } from '../rows.js';
import { extractWithPipeline } from './extractor.js';

export interface IngestInput {
  text: string;
  file: string;
  title?: string | null;
  jurisdiction?: string | null;
  genre?: string | null;
  date?: string | null;
}

/** Document text → graph JSON with exactly one document. Throws for a document that cannot be read. */
export type Extractor = (input: IngestInput) => Promise<GraphJson>;

export const MAX_INGEST_CHARS = 2_000_000;

function checkInput(input: IngestInput): IngestInput {
  const file = input.file.trim();
  if (!file || /[/\\]/.test(file) || file.length > 255) {
    throw badInput('file must be a plain file name (no directories), 1-255 characters', { argument: 'file' });
  }
  if (!input.text.trim()) throw badInput(`${file}: the text is empty`, { argument: 'text' });
  if (input.text.length > MAX_INGEST_CHARS) {
    throw badInput(`${file}: the text is longer than ${MAX_INGEST_CHARS} characters`, { argument: 'text' });
  }
  if (input.date && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
    throw badInput('date must be YYYY-MM-DD', { argument: 'date' });
  }
  return { ...input, file };
}

export class IngestService {
  private readonly extractor: Extractor;

  constructor(
    private readonly driver: Driver,
    private readonly loaders: Loaders,
    private readonly options: { database?: string; extractor?: Extractor } = {},
  ) {
    this.extractor = options.extractor ?? extractWithPipeline;
  }

  async ingest(raw: IngestInput): Promise<DocumentRow> {
    const input = checkInput(raw);
    let graph: GraphJson;
    try {
      graph = await this.extractor(input);
    } catch (error) {
      throw badInput(
        `${input.file}: could not be ingested: ${error instanceof Error ? error.message : String(error)}`,
        {
          argument: 'text',
        },
      );
    }
    const problems = graphProblems(graph);
    const [document] = graph.documents;
    if (problems.length || !document || graph.documents.length !== 1) {
      throw badInput(
        `${input.file}: the extraction is not valid graph JSON: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    await loadGraph(this.driver, graph, {
      texts: new Map([[document.id, input.text]]),
      database: this.options.database,
    });
    return { ...document };
  }

  async delete(idOrFile: string): Promise<boolean> {
    try {
      await deleteDocument(this.driver, idOrFile, { database: this.options.database });
      this.loaders.forgetDocument(idOrFile);
      return true;
    } catch (error) {
      if (error instanceof DocumentNotFoundError) throw notFound('document', idOrFile);
      throw error;
    }
  }
}
