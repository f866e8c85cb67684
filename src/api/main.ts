/**
 * `npm run serve`: the API on HOST:PORT (default 127.0.0.1:4000) over the configured Neo4j
 * (NEO4J_URI/… or the local instance). Mutations need KG_API_KEY. SIGINT/SIGTERM drain and exit.
 */
import { getConfig } from '../config.js';
import { errorReport } from '../errors.js';
import { connectionSettings, openDriver } from '../store/connection.js';
import { disableNagle } from '../store/tcp-no-delay.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const { api, linkedData } = getConfig();
  const settings = connectionSettings();
  // This entry point decides how the process's connections behave (see tcp-no-delay.ts).
  disableNagle();
  const driver = openDriver(settings);
  const server = await startServer({
    driver,
    host: api.host,
    port: api.port,
    database: settings.database,
    apiKey: api.apiKey,
    development: api.development,
    baseUri: linkedData.baseUri,
  });
  console.error(`[api] explorer at ${server.url.replace(/graphql$/, '')}`);
  console.error(`[api] GraphQL at ${server.url} (playground: open it in a browser)`);
  if (!api.apiKey) console.error('[api] KG_API_KEY is not set: mutations are disabled');

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
  console.error(`[api] ${errorReport(error)}`);
  process.exit(1);
});
