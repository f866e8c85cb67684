/**
 * The API's only way to read Neo4j: one call = one round trip = one READ transaction with a timeout.
 *
 * Going through `driver.executeQuery` (rather than sessions held by resolvers) keeps the cost of a
 * request countable and makes every read a managed read transaction, retried by the driver on
 * transient errors.
 */
import neo4j, { type Driver, isInt, Neo4jError } from 'neo4j-driver';
import type { Statement } from './translate/statement.js';
import { timeoutError, databaseError } from './errors.js';

export type Row = Record<string, unknown>;

export interface GraphReader {
  read(statement: Statement): Promise<Row[]>;
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

export function graphReader(driver: Driver, options: GraphReaderOptions): GraphReader {
  return {
    async read({ text, params }) {
      try {
        const result = await driver.executeQuery(text, params, {
          routing: neo4j.routing.READ,
          database: options.database,
          // No bookmark chaining: every read is independent, and the bookmark manager costs a lock.
          bookmarkManager: null,
          transactionConfig: { timeout: options.timeoutMs },
        });
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        if (isTimeout(error)) throw timeoutError(options.timeoutMs);
        throw databaseError(error);
      }
    },
  };
}
