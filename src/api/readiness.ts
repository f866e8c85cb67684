/**
 * Whether the API can answer from the database: /readyz. The API starts without Neo4j (and without
 * its schema, which it creates once Neo4j answers), and says "not ready" until both are there.
 * A check never takes longer than READY_CHECK_MS, even against a database that accepts connections
 * and never answers: an orchestrator's probe must not hang.
 */
import type { Driver } from 'neo4j-driver';
import { errorReport } from '../errors.js';
import { isUnavailable } from '../store/connection.js';
import { applySchema } from '../store/schema.js';
import type { GraphReader } from './graph-reader.js';
import { statement } from './translate/statement.js';

export const READY_CHECK_MS = 2_000;
/** Waits between attempts to create the schema while the database is away: 1 s, doubling to 5 s. */
const RETRY_MS = { first: 1_000, max: 5_000 };

export interface Readiness {
  /** Settles after the first attempt at the schema, whether it worked or not. */
  firstAttempt: Promise<void>;
  /** ready, or why not (for the /readyz body). */
  check(): Promise<{ ready: boolean; status: string }>;
  /** Stops retrying the schema (server shutdown). */
  stop(): void;
}

function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Creates the store's schema (when `ensureSchema`) as soon as the database answers, retrying in the
 * background. Start-up waits for the first attempt only (at most NEO4J_CONNECT_TIMEOUT_MS when the
 * database is silent): with a database that is up, the first request finds the indexes in place.
 */
export function readiness(
  driver: Driver,
  reader: GraphReader,
  options: { ensureSchema: boolean; database?: string; log?: (line: string) => void },
): Readiness {
  const log = options.log ?? ((line: string) => console.error(line));
  let schemaReady = !options.ensureSchema;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const attempt = async (waitMs: number): Promise<void> => {
    try {
      await applySchema(driver, { database: options.database });
      schemaReady = true;
      if (waitMs > RETRY_MS.first) log('[api] Neo4j answers: schema in place, ready');
    } catch (error) {
      if (stopped) return;
      if (waitMs === RETRY_MS.first || !isUnavailable(error)) {
        log(
          `[api] not ready: ${isUnavailable(error) ? 'Neo4j cannot be reached' : errorReport(error)}; retrying`,
        );
      }
      timer = setTimeout(() => void attempt(Math.min(waitMs * 2, RETRY_MS.max)), waitMs);
      timer.unref();
    }
  };
  const firstAttempt = schemaReady ? Promise.resolve() : attempt(RETRY_MS.first);

  const answers = async (): Promise<boolean> => {
    try {
      await reader.read(statement('RETURN 1 AS ok'), { timeoutMs: READY_CHECK_MS });
      return true;
    } catch {
      return false;
    }
  };

  return {
    firstAttempt,
    async check() {
      const ok = await within(answers(), READY_CHECK_MS, false);
      if (!ok) return { ready: false, status: 'neo4j unavailable' };
      if (!schemaReady) return { ready: false, status: 'creating the schema' };
      return { ready: true, status: 'ready' };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
