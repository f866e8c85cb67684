/**
 * Relay pagination over offsets. Cursors are opaque to clients (base64 of `cursor:<offset>`); the
 * translate layer turns a page request into `skip`/`limit` parameters and reads the total in the same
 * statement, so a connection costs one round trip. When the request does not select `totalCount`
 * (`counted: false`), the statement stops after the page plus one row, which is all `hasNextPage` needs.
 */
import { InputError, quoteInput } from '../errors.js';
import type { Row } from './graph-reader.js';
import { present } from './rows.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  /** Whether the request selects totalCount (default true). */
  counted?: boolean;
}

export interface PageWindow {
  skip: number;
  limit: number;
  /** false: the statement may return `limit + 1` rows and no total. */
  counted: boolean;
}

/** What a translated connection query returns: one page of rows plus the number of all matches. */
export interface Page<T> {
  items: T[];
  /** null when not counted (totalCount not selected). */
  total: number | null;
  skip: number;
  /** Known without a total: a row after the page was found. */
  hasNext?: boolean;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`cursor:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const match = /^cursor:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match?.[1])
    throw new InputError(`Invalid cursor ${quoteInput(cursor)}: use a cursor returned by this API`);
  return Number(match[1]);
}

/** Validates `first`/`after`: a page larger than MAX_PAGE_SIZE is refused, not silently cut. */
export function pageWindow({ first, after, counted }: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): PageWindow {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new InputError(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${String(first)})`, {
      argument: 'first',
      maxPageSize: MAX_PAGE_SIZE,
    });
  }
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, limit, counted: counted ?? true };
}

/**
 * The page of a statement row `{total, items}` (fragments.ts `pageReturn`): counted, `items` is the
 * page; uncounted, it may hold one row more than the page, which only tells that there is a next page.
 */
export function readPage<T>(
  row: Row | undefined,
  window: PageWindow,
  map: (raw: never) => T | null,
): Page<T> {
  const raw = (row?.items as never[] | undefined) ?? [];
  // A row that vanished under a concurrent delete maps to null and is dropped (rows.ts `present`).
  const items = present(raw.slice(0, window.limit).map(map));
  if (window.counted) return { items, total: (row?.total as number | undefined) ?? 0, skip: window.skip };
  return { items, total: null, skip: window.skip, hasNext: raw.length > window.limit };
}

export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  const { total } = page;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNext ?? page.skip + page.items.length < (total ?? 0),
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // Read by GraphQL only when selected, and then counted (resolvers pass `counted` from the selection).
    get totalCount(): number {
      if (total === null) throw new Error('totalCount was not counted for this request');
      return total;
    },
  };
}

/** Pages a list already in memory (small per-parent lists computed by a loader). */
export function pageOf<T>(all: T[], window: PageWindow): Page<T> {
  return { items: all.slice(window.skip, window.skip + window.limit), total: all.length, skip: window.skip };
}
