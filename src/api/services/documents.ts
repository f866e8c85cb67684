/** Documents: lists, lookup, the facts each supports and their counts. */
import type { GraphReader } from '../graph-reader.js';
import type { DocumentCounts, Loaders, LoadedFact } from '../loaders.js';
import { NotFoundError } from '../../errors.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../pagination.js';
import type { DocumentRow } from '../rows.js';
import { listDocuments, type DocumentQuery } from '../translate/documents.js';

export class DocumentService {
  constructor(
    private readonly reader: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  async list(filter: DocumentQuery, page: PageArgs): Promise<Connection<DocumentRow>> {
    const window = pageWindow(page);
    const [row] = await this.reader.read(listDocuments(filter, window));
    return toConnection({
      items: (row?.items as DocumentRow[]) ?? [],
      total: (row?.total as number) ?? 0,
      skip: window.skip,
    });
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

  counts(documentId: string): Promise<DocumentCounts> {
    return this.loaders.documentCounts(documentId);
  }
}
