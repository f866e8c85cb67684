/**
 * The development instance `main`: its ports (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT) and the one call
 * that `db:start` and `npm start` share. When NEO4J_URI is set, there is no local server to manage.
 */
import { getConfig } from '../config.js';
import { MAIN_INSTANCE } from './layout.js';
import { ensureLocalServer, type LocalServer } from './local-server.js';
import { MAIN_TUNING } from './server-config.js';

export function ensureMainServer(log: (line: string) => void = console.log): Promise<LocalServer> {
  const { boltPort, httpPort } = getConfig().localServer;
  return ensureLocalServer({ name: MAIN_INSTANCE, boltPort, httpPort, tuning: MAIN_TUNING, log });
}
