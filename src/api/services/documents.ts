/** Documents: lists, lookup, the facts each supports and their counts. */
import type { GraphReader } from '../graph-reader.js';
import type { DocumentCounts, Loaders, LoadedFact } from '../loaders.js';
import { NotFoundError } from '../../errors.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { documentRow, type DocumentRow } from '../rows.js';
import { sliceChunks } from '../../store/document-text.js';
import { InputError } from '../../errors.js';
import { listDocuments, type DocumentQuery } from '../translate/documents.js';

/** Most characters one `Document.text` field returns (a long document is read in ranges). */
export const MAX_TEXT_RANGE = 50_000;

export interface TextRangeRow {
  start: number;
  end: number;
  text: string;
}

export class DocumentService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  async list(filter: DocumentQuery, page: PageArgs): Promise<Connection<DocumentRow>> {
    const window = pageWindow(page);
    const [row] = await this.reader.read(listDocuments(filter, window));
    return toConnection(readPage(row, window, documentRow));
  }

  async get(id: string): Promise<DocumentRow> {
    const document = await this.loaders.document(id);
    if (!document) throw new NotFoundError('document', id);
    return document;
  }

  async facts(
    documentId: string,
    types: string[] | null | undefined,
    page: PageArgs,
  ): Promise<Connection<LoadedFact>> {
    return toConnection(
      await this.loaders.factsOfDocument(documentId, types?.length ? types : null, pageWindow(page)),
    );
  }

  /**
   * [start, end) of the decoded original text, `end` cut to the document's length (default: start +
   * MAX_TEXT_RANGE); null when the text is not stored. A range longer than MAX_TEXT_RANGE is refused.
   */
  async text(
    document: DocumentRow,
    start: number,
    end: number | null | undefined,
  ): Promise<TextRangeRow | null> {
    const chars = document.chars ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isInteger(start) || start < 0)
      throw new InputError('start must be 0 or more', { argument: 'start' });
    const wanted = end ?? start + MAX_TEXT_RANGE;
    if (!Number.isInteger(wanted) || wanted < start) {
      throw new InputError('end must not be before start', { argument: 'end' });
    }
    if (wanted - start > MAX_TEXT_RANGE) {
      throw new InputError(
        `a text range is at most ${MAX_TEXT_RANGE} characters; read a long document in ranges`,
        {
          argument: 'end',
          maxTextRange: MAX_TEXT_RANGE,
        },
      );
    }
    const from = Math.min(start, chars);
    const to = Math.min(wanted, chars);
    const chunks = await this.loaders.documentText(document.id, from, to);
    if (chunks === null) return null;
    return { start: from, end: to, text: sliceChunks(chunks, from, to) };
  }

  counts(documentId: string): Promise<DocumentCounts> {
    return this.loaders.documentCounts(documentId);
  }
}
