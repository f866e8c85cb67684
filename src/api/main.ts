/**
 * `npm run serve`: the API on HOST:PORT (default 127.0.0.1:4000) over the configured Neo4j
 * (NEO4J_URI/… or the local instance). Mutations need KG_API_KEY. SIGINT/SIGTERM drain and exit.
 */
import { connectionSettings, openDriver } from '../store/connection.js';
import { UserError } from '../cli/user-error.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from './server.js';

function port(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new UserError(`PORT='${raw}' is not a port number`);
  return value;
}

async function main(): Promise<void> {
  const settings = connectionSettings();
  const driver = openDriver(settings);
  const server = await startServer({
    driver,
    host: process.env.HOST || DEFAULT_HOST,
    port: port(process.env.PORT),
    database: settings.database,
  });
  console.error(`[api] explorer at ${server.url.replace(/graphql$/, '')}`);
  console.error(`[api] GraphQL at ${server.url} (playground: open it in a browser)`);
  if (!process.env.KG_API_KEY) console.error('[api] KG_API_KEY is not set: mutations are disabled');

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.error(`[api] ${signal}: draining`);
    server
      .stop()
      .then(() => driver.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('[api] shutdown failed:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof UserError ? `[api] ${error.message}` : error);
  process.exit(1);
});
