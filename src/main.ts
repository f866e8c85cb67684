/**
 * `npm start`: the whole product in one command.
 *
 * 1. Neo4j: the configured server (NEO4J_URI), or the local `main` instance, started if needed.
 * 2. seeds/: loaded into it (idempotent: unchanged documents are skipped on the next start).
 * 3. The GraphQL API on HOST:PORT (default 127.0.0.1:4000).
 *
 * Ctrl-C / SIGTERM: the API drains, the driver closes, and the local Neo4j is stopped if this
 * process started it (a server that was already running, e.g. from `npm run db:start`, is left running).
 */
import { fileURLToPath } from 'node:url';
import { ensureMainServer } from './neo4j-server/main-instance.js';
import { MAIN_INSTANCE } from './neo4j-server/layout.js';
import { stopLocalServer } from './neo4j-server/local-server.js';
import { startServer, type RunningServer } from './api/server.js';
import { getConfig } from './config.js';
import { errorReport, isExpected } from './errors.js';
import { sharedExtractionWorkers } from './load/extraction-workers.js';
import { formatLoadSummary, loadPaths } from './load/load-service.js';
import {
  checkReachable,
  connectionSettings,
  openDriver,
  sessionDatabase,
  type Store,
} from './store/connection.js';
import { disableNagle } from './store/tcp-no-delay.js';

const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
/** The API's own drain allows in-flight requests 10 s; a little more before giving up on it. */
const API_DRAIN_LIMIT_MS = 12_000;

/** True if `work` settled (either way) within `ms`. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Start (or reuse) the database. Returns true if this process started the local server. */
async function ensureDatabase(): Promise<boolean> {
  const { uri } = getConfig().neo4j;
  if (uri) {
    console.error(`[db] using the configured server ${uri} (NEO4J_URI)`);
    return false;
  }
  const server = await ensureMainServer((line) => console.error(`[db] ${line}`));
  console.error(
    `[db] Neo4j '${server.name}' ${server.reused ? 'already running' : `started in ${((server.startupMs ?? 0) / 1000).toFixed(1)} s`} at ${server.uri}`,
  );
  return !server.reused;
}

/** seeds/ through the load service, as `kg load seeds` would load them. */
async function loadSeeds(store: Store): Promise<void> {
  try {
    const { summary, failures } = await loadPaths(store, [SEEDS_DIR]);
    for (const line of formatLoadSummary(summary)) console.error(`[seeds] ${line}`);
    for (const failure of failures) console.error(`[seeds] ${failure.file}: not loaded: ${failure.message}`);
  } catch (error) {
    // The API is still useful over whatever the database holds; say why the seeds are missing.
    if (isExpected(error)) console.error(`[seeds] not loaded: ${error.message}`);
    else throw error;
  }
}

async function main(): Promise<void> {
  const config = getConfig();
  // The extraction workers load the extractor (seconds) while Neo4j starts, not after.
  sharedExtractionWorkers();
  const startedDatabase = await ensureDatabase();
  const stopDatabase = async () => {
    if (startedDatabase) {
      console.error(`[db] stopping Neo4j '${MAIN_INSTANCE}' (started by npm start)…`);
      await stopLocalServer({ name: MAIN_INSTANCE });
    }
  };

  let api: RunningServer | undefined;
  const settings = connectionSettings();
  // This entry point decides how the process's connections behave (see tcp-no-delay.ts).
  disableNagle();
  const driver = openDriver(settings);
  try {
    // A database that is down is reported, not fatal: the API starts, answers /readyz 503 and
    // queries SERVICE_UNAVAILABLE until it is back (src/api/readiness.ts).
    const reachable = await checkReachable(driver, settings).then(
      () => true,
      (error: unknown) => {
        console.error(`[db] ${errorReport(error)}`);
        console.error('[db] starting the API anyway (not ready until Neo4j answers); seeds/ not loaded');
        return false;
      },
    );
    if (reachable) await loadSeeds({ driver, ...sessionDatabase(settings) });
    api = await startServer({
      driver,
      host: config.api.host,
      port: config.api.port,
      apiKey: config.api.apiKey,
      development: config.api.development,
      baseUri: config.linkedData.baseUri,
      ...(settings.database ? { database: settings.database } : {}),
    });
  } catch (error) {
    await driver.close();
    await stopDatabase();
    throw error;
  }
  console.error(`[api] explorer at ${api.url.replace(/graphql$/, '')}`);
  console.error(`[api] GraphQL at ${api.url} (open it in a browser for the playground)`);
  if (!config.api.apiKey) console.error('[api] KG_API_KEY is not set: mutations are disabled');

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.error(`[api] ${signal}: draining`);
    (async () => {
      // Bounded: whatever happens to the API's drain, the driver closes and the database we
      // started is stopped (an orphaned JVM would hold the ports for the next start).
      if (api && !(await settlesWithin(api.stop(), API_DRAIN_LIMIT_MS))) {
        console.error(`[api] still draining after ${API_DRAIN_LIMIT_MS / 1000} s: closing anyway`);
      }
      await driver.close();
      await stopDatabase();
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`npm start: ${errorReport(error)}`);
  process.exit(1);
});
