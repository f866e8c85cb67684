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
import { ensureMainServer } from '../scripts/neo4j/main-instance.js';
import { MAIN_INSTANCE } from '../scripts/neo4j/layout.js';
import { stopLocalServer } from '../scripts/neo4j/local-server.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from './api/server.js';
import { UserError } from './cli/user-error.js';
import { connectionSettings, openDriver } from './store/connection.js';

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

function apiPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new UserError(`PORT='${raw}' is not a port number (0-65535)`);
  }
  return value;
}

/** Start (or reuse) the database. Returns true if this process started the local server. */
async function ensureDatabase(): Promise<boolean> {
  if (process.env['NEO4J_URI']) {
    console.error(`[db] using the configured server ${process.env['NEO4J_URI']} (NEO4J_URI)`);
    return false;
  }
  const server = await ensureMainServer((line) => console.error(`[db] ${line}`));
  console.error(
    `[db] Neo4j '${server.name}' ${server.reused ? 'already running' : `started in ${((server.startupMs ?? 0) / 1000).toFixed(1)} s`} at ${server.uri}`,
  );
  return !server.reused;
}

async function loadSeeds(): Promise<void> {
  const { run } = await import('./cli/commands/load.js');
  try {
    await run([SEEDS_DIR, '--quiet']);
  } catch (error) {
    // The API is still useful over whatever the database holds; say why the seeds are missing.
    if (error instanceof UserError) console.error(`[seeds] not loaded: ${error.message}`);
    else throw error;
  }
}

async function main(): Promise<void> {
  const startedDatabase = await ensureDatabase();
  const stopDatabase = async () => {
    if (startedDatabase) {
      console.error(`[db] stopping Neo4j '${MAIN_INSTANCE}' (started by npm start)…`);
      await stopLocalServer({ name: MAIN_INSTANCE });
    }
  };

  let api: RunningServer | undefined;
  const settings = connectionSettings();
  const driver = openDriver(settings);
  try {
    await loadSeeds();
    api = await startServer({
      driver,
      host: process.env['HOST'] || DEFAULT_HOST,
      port: apiPort(process.env['PORT']),
      ...(settings.database ? { database: settings.database } : {}),
    });
  } catch (error) {
    await driver.close();
    await stopDatabase();
    throw error;
  }
  console.error(`[api] explorer at ${api.url.replace(/graphql$/, '')}`);
  console.error(`[api] GraphQL at ${api.url} (open it in a browser for the playground)`);
  if (!process.env['KG_API_KEY']) console.error('[api] KG_API_KEY is not set: mutations are disabled');

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
  if (error instanceof UserError) console.error(`npm start: ${error.message}`);
  else console.error('npm start: internal error:', error);
  process.exit(1);
});
