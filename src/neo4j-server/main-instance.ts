/**
 * The development instance `main`: its ports (env-overridable) and the one call that `db:start`
 * and `npm start` share. When NEO4J_URI is set, there is no local server to manage.
 */
import { localBoltPort } from '../store/connection.js';
import { EnvironmentError } from '../errors.js';
import { MAIN_INSTANCE } from './layout.js';
import { ensureLocalServer, type LocalServer } from './local-server.js';
import { MAIN_TUNING } from './server-config.js';

export const DEFAULT_HTTP_PORT = 7474;

export function mainHttpPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['NEO4J_HTTP_PORT'];
  if (raw === undefined || raw === '') return DEFAULT_HTTP_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EnvironmentError(`NEO4J_HTTP_PORT='${raw}' is not a port number (1-65535)`);
  }
  return port;
}

export function ensureMainServer(log: (line: string) => void = console.log): Promise<LocalServer> {
  return ensureLocalServer({
    name: MAIN_INSTANCE,
    boltPort: localBoltPort(),
    httpPort: mainHttpPort(),
    tuning: MAIN_TUNING,
    log,
  });
}
