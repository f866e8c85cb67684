/**
 * One time budget for all statements of a request. Each statement already has a transaction
 * timeout, but a request runs a statement per level (and per root field): without a budget, many
 * statements just under the timeout add up. Every read gets what is left of the budget as its
 * timeout, and once it is spent the request's next read fails with TIMEOUT without running.
 */
import { QueryTimeoutError } from '../errors.js';
import type { GraphReader } from './graph-reader.js';

export interface Budget {
  /** All statements of the request together. */
  budgetMs: number;
  /** The reader's own timeout per statement. */
  statementTimeoutMs: number;
}

export function budgetedReader(reader: GraphReader, budget: Budget, now = Date.now): GraphReader {
  const { budgetMs } = budget;
  const deadline = now() + budgetMs;
  return {
    async read(statement, options = {}) {
      const left = deadline - now();
      if (left <= 0) throw new QueryTimeoutError(budgetMs);
      const own = Math.min(options.timeoutMs ?? Infinity, budget.statementTimeoutMs);
      try {
        return await reader.read(statement, { timeoutMs: Math.min(own, left) });
      } catch (error) {
        // Cut short by the budget rather than by the statement's own timeout: say which limit it was.
        if (error instanceof QueryTimeoutError && left < own) throw new QueryTimeoutError(budgetMs);
        throw error;
      }
    },
  };
}
