/**
 * Ingesting and deleting documents through the API. Extraction runs fully before anything is
 * written, in a worker thread (extractor.ts) so that the event loop keeps serving other requests, and the store writes one document in one transaction, so a document that fails at any
 * step leaves the graph as it was. A document the extractor cannot read is BAD_USER_INPUT; an
 * extractor that fails otherwise, or breaks the graph JSON contract, is a bug (internal error).
 */
import type { Driver } from 'neo4j-driver';
import type { GraphJson } from '../../model/graph-json.js';
import { loadGraph } from '../../store/writer.js';
import { deleteDocument } from '../../store/delete.js';
import { graphProblems } from '../../store/validate.js';
import { clipInput, InputError, InternalError, quoteInput } from '../../errors.js';
import { isCalendarDate, TEXT_LIMITS } from '../../model/limits.js';
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

/**
 * Document text → graph JSON with exactly one document. Throws an InputError for a document that
 * cannot be read; any other error is taken for a bug.
 */
export type Extractor = (input: IngestInput) => Promise<GraphJson>;

export const MAX_INGEST_CHARS = 2_000_000;

function checkInput(input: IngestInput): IngestInput {
  const file = input.file.trim();
  if (!file || /[/\\]/.test(file) || file.length > TEXT_LIMITS.file) {
    throw new InputError(
      `file must be a plain file name (no directories), 1-${TEXT_LIMITS.file} characters, not ${quoteInput(input.file)}`,
      { argument: 'file' },
    );
  }
  const named = clipInput(file);
  if (!input.text.trim()) throw new InputError(`${named}: the text is empty`, { argument: 'text' });
  if (input.text.length > MAX_INGEST_CHARS) {
    throw new InputError(`${named}: the text is longer than ${MAX_INGEST_CHARS} characters`, {
      argument: 'text',
    });
  }
  // Checked here, before extraction: the extractor copies them into the document, and a graph it
  // produced that breaks the contract would be reported as a bug (internal error), not as bad input.
  for (const argument of ['title', 'jurisdiction'] as const) {
    const value = input[argument];
    if (value && value.length > TEXT_LIMITS[argument]) {
      throw new InputError(
        `${named}: ${argument} has ${value.length} characters, more than ${TEXT_LIMITS[argument]}: ${quoteInput(value)}`,
        { argument },
      );
    }
  }
  if (input.date && !isCalendarDate(input.date)) {
    throw new InputError(`${named}: date ${quoteInput(input.date)} is not a calendar date YYYY-MM-DD`, {
      argument: 'date',
    });
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
    const graph = await this.extractor(input);
    const problems = graphProblems(graph);
    const [document] = graph.documents;
    if (problems.length || !document || graph.documents.length !== 1) {
      throw new InternalError(
        `${input.file}: the extractor's graph is not valid graph JSON with one document: ` +
          problems.slice(0, 3).join('; '),
      );
    }
    await loadGraph(this.driver, graph, {
      texts: new Map([[document.id, input.text]]),
      database: this.options.database,
    });
    return { ...document };
  }

  async delete(idOrFile: string): Promise<boolean> {
    // A missing document is the store's DocumentNotFoundError, a NOT_FOUND for the client.
    await deleteDocument(this.driver, idOrFile, { database: this.options.database });
    this.loaders.forgetDocument(idOrFile);
    return true;
  }
}
