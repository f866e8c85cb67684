/**
 * The API's only way to read Neo4j: one call = one statement = one READ transaction with a timeout.
 *
 * Every read is an auto-commit transaction on a short-lived session: the driver pipelines RUN and
 * PULL and there is no COMMIT message, one Bolt exchange less than a managed transaction
 * (`executeQuery`/`executeRead`), which measured ~5% of a request's latency. A read is retried once
 * when the driver calls the error retriable (what a managed transaction would have done, within
 * bounds). Sessions are never held by resolvers, so the cost of a request stays countable.
 */
import neo4j, { type Driver, isInt, Neo4jError } from 'neo4j-driver';
import type { Statement } from './translate/statement.js';
import { InternalError, QueryTimeoutError } from '../errors.js';
import { isUnavailable, unavailableError } from '../store/connection.js';

export type Row = Record<string, unknown>;

export interface GraphReader {
  /** `timeoutMs` shortens the reader's own transaction timeout for this statement. */
  read(statement: Statement, options?: { timeoutMs?: number }): Promise<Row[]>;
}

export interface GraphReaderOptions {
  /** Server-side transaction timeout in milliseconds. */
  timeoutMs: number;
  database?: string;
}

/**
 * Neo4j Integers become numbers (ints fit in doubles here: counts, offsets, yuan), null stays null.
 * Lists and maps are converted in place: the driver's result values are fresh per query and owned by
 * the caller, and statements return maps and lists only (properties(), map projections), not nodes.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const map = value as Row;
  for (const key in map) map[key] = toPlain(map[key]);
  return map;
}

/** Whether a driver error means the server stopped the transaction for running too long. */
export function isTimeout(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return /TransactionTimedOut|Transaction\.(Terminated|LockClientStopped)/.test(error.code);
}

async function autoCommitRead(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  options: GraphReaderOptions,
): Promise<Row[]> {
  for (let attempt = 1; ; attempt++) {
    // No bookmarks: every read is independent.
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    try {
      const result = await session.run(text, params, { timeout: options.timeoutMs });
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      if (attempt < 2 && error instanceof Neo4jError && error.retriable) continue;
      throw error;
    } finally {
      await session.close();
    }
  }
}

export function graphReader(driver: Driver, options: GraphReaderOptions): GraphReader {
  return {
    async read({ text, params }, call = {}) {
      const timeoutMs = Math.min(options.timeoutMs, call.timeoutMs ?? Infinity);
      try {
        return await autoCommitRead(driver, text, params, { ...options, timeoutMs });
      } catch (error) {
        if (isTimeout(error)) throw new QueryTimeoutError(timeoutMs);
        if (isUnavailable(error)) throw unavailableError(error);
        throw new InternalError('The graph database failed to answer', error);
      }
    },
  };
}
