/**
 * `npm run db:start | db:stop | db:status` (entry point: scripts/db.ts): the local development
 * Neo4j (instance `main`). With NEO4J_URI set, the server is someone else's: start/status only
 * check that it answers. Each command returns its exit code.
 */
import { getConfig } from '../config.js';
import { EnvironmentError } from '../errors.js';
import { connectionSettings, openDriver, sessionDatabase } from '../store/connection.js';
import { MAIN_INSTANCE } from './layout.js';
import { localServerStatus, stopLocalServer } from './local-server.js';
import { ensureMainServer } from './main-instance.js';

async function checkConfiguredServer(): Promise<number> {
  const settings = connectionSettings();
  console.log(
    `NEO4J_URI is set: using the configured server ${settings.uri} (user ${settings.user}), not a local one.`,
  );
  const driver = openDriver(settings);
  // An auto-commit query: executeQuery would retry an unreachable server for 30 s before failing.
  const session = driver.session(sessionDatabase(settings));
  try {
    const { records } = await session.run(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const component = records[0];
    console.log(
      `It answers: ${component?.get('name')} ${component?.get('version')} ${component?.get('edition')}` +
        `${settings.database ? `, database ${settings.database}` : ''}.`,
    );
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const problem = code.startsWith('Neo.ClientError.Security.')
      ? `refused the login of user ${settings.user}`
      : `does not answer (${(error as Error).message.split('\n')[0]})`;
    throw new EnvironmentError(
      `the server at ${settings.uri} ${problem}. ` +
        'Check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or unset NEO4J_URI to use the local server.',
    );
  } finally {
    await session.close();
    await driver.close();
  }
}

async function start(): Promise<number> {
  if (getConfig().neo4j.uri) return checkConfiguredServer();
  const server = await ensureMainServer();
  const how = server.reused
    ? 'already running'
    : `started in ${((server.startupMs ?? 0) / 1000).toFixed(1)} s`;
  console.log(`Neo4j '${server.name}' ${how} (pid ${server.pid}).`);
  console.log(`  Bolt:     ${server.uri}   user ${server.user}, password in .neo4j/password`);
  if (server.httpPort) console.log(`  HTTP:     http://127.0.0.1:${server.httpPort}/`);
  console.log(`  Data:     ${server.home}`);
  return 0;
}

async function stop(): Promise<number> {
  if (getConfig().neo4j.uri) {
    console.log('NEO4J_URI is set: that server is managed elsewhere; nothing to stop.');
    return 0;
  }
  console.log(`Stopping Neo4j '${MAIN_INSTANCE}'…`);
  const outcome = await stopLocalServer({ name: MAIN_INSTANCE, log: console.log });
  console.log(
    outcome === 'stopped' ? `Neo4j '${MAIN_INSTANCE}' stopped.` : `Neo4j '${MAIN_INSTANCE}' was not running.`,
  );
  return 0;
}

async function status(): Promise<number> {
  if (getConfig().neo4j.uri) return checkConfiguredServer();
  const state = await localServerStatus({ name: MAIN_INSTANCE });
  if (!state.running) {
    console.log(`Neo4j '${MAIN_INSTANCE}': stopped (start it with \`npm run db:start\`).`);
    return 0;
  }
  console.log(
    `Neo4j '${MAIN_INSTANCE}': running (pid ${state.pid}) at ${state.uri}` +
      `${state.httpPort ? `, HTTP http://127.0.0.1:${state.httpPort}/` : ''}`,
  );
  return 0;
}

/** The commands by name. */
export const DB_COMMANDS: Readonly<Record<string, () => Promise<number>>> = { start, stop, status };
