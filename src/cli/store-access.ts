/**
 * Opens the store for a CLI command and turns connection failures into user errors: a missing or
 * unreachable server, or wrong credentials, is the environment's fault, not a bug — the message says
 * where the CLI looked and what to do, without a stack trace.
 */
import type { Driver } from 'neo4j-driver';
import { connectionSettings, openDriver, sessionDatabase } from '../store/connection.js';
import { disableNagle } from '../store/tcp-no-delay.js';
import { EnvironmentError } from '../errors.js';

export interface Store {
  driver: Driver;
  database?: string;
}

export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const settings = connectionSettings();
  disableNagle();
  const driver = openDriver(settings);
  try {
    try {
      await driver.getServerInfo(sessionDatabase(settings));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const hint = settings.local
        ? 'start the local server with `npm run db:start`, or set NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD'
        : 'check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD';
      if (code.includes('Unauthorized') || code.includes('Security')) {
        throw new EnvironmentError(
          `Neo4j at ${settings.uri} refused the credentials of user ${settings.user}: ${hint}`,
        );
      }
      throw new EnvironmentError(
        `cannot reach Neo4j at ${settings.uri} (${(error as Error).message}): ${hint}`,
      );
    }
    return await work({ driver, ...sessionDatabase(settings) });
  } finally {
    await driver.close();
  }
}
