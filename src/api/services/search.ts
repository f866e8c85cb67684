/** Search over entity names and aliases. */
import type { NodeLabel } from '../../model/graph-json.js';
import type { GraphReader } from '../graph-reader.js';
import { InputError } from '../../errors.js';
import { pageWindow, readPage, toConnection, type Connection, type PageArgs } from '../pagination.js';
import { entityRow, type EntityRow } from '../rows.js';
import { searchEntities } from '../translate/search.js';

export const MAX_SEARCH_TEXT = 100;

export class SearchService {
  constructor(private readonly reader: GraphReader) {}

  async search(
    text: string,
    labels: NodeLabel[] | null | undefined,
    page: PageArgs,
  ): Promise<Connection<EntityRow>> {
    const wanted = text.trim();
    if (!wanted) throw new InputError('search text is empty');
    if (wanted.length > MAX_SEARCH_TEXT)
      throw new InputError(`search text is longer than ${MAX_SEARCH_TEXT} characters`);
    const window = pageWindow(page);
    const [row] = await this.reader.read(searchEntities(wanted, labels ?? null, window));
    return toConnection(readPage(row, window, entityRow));
  }
}
