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

/** Neo4j Integers, nodes and maps become plain JSON-like values (ints fit in doubles here: counts, offsets, yuan). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Row = {};
    for (const [key, inner] of Object.entries(value as Row)) out[key] = toPlain(inner);
    return out;
  }
  return value;
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
