/**
 * Lifecycle of a local Neo4j server: start it (or reuse the one already running), wait until it
 * answers Bolt with its password, stop it gracefully. Used by `npm run db:*`, `npm start` and the
 * vitest global setup (which runs a throw-away instance of its own).
 *
 * An instance is a directory (conf, data, logs, run) plus a JVM. We remember the JVM in
 * run/server.json (pid and ports); a pid whose process is gone, or is not a Neo4j of this
 * directory, is stale and is cleaned up.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { EnvironmentError } from '../errors.js';
import { classArchiveOptions, classArchivePath, publishClassArchive } from './class-archive.js';
import { ensureDistribution, requireJava } from './distribution.js';
import { readOrCreatePassword, systemDatabaseExists, writeInitialPassword } from './auth-file.js';
import { instanceLayout, LOCAL_USER, type InstanceLayout } from './layout.js';
import { isListening, isPortFree, LOOPBACK } from './ports.js';
import { jvmArguments, MAIN_TUNING, renderNeo4jConf, type ServerTuning } from './server-config.js';

export interface LocalServerOptions {
  /** Instance name: `main` for development, anything else for throw-away servers. */
  name: string;
  boltPort: number;
  /** undefined = no HTTP endpoint. */
  httpPort?: number;
  /** Instance directory; default .neo4j/instances/<name>. */
  homeDir?: string;
  tuning?: ServerTuning;
  /**
   * Run the JVM in its own process group (default true), so that it outlives the command that
   * started it and a Ctrl-C in the terminal does not reach it. Throw-away servers pass false: then
   * a Ctrl-C stops them together with the test run.
   */
  detached?: boolean;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalServer {
  name: string;
  uri: string;
  user: string;
  password: string;
  pid: number;
  boltPort: number;
  httpPort?: number;
  home: string;
  /** True if the server was already running and we only attached to it. */
  reused: boolean;
  /** Milliseconds from launching the JVM to the first answered query (undefined when reused). */
  startupMs?: number;
}

interface ServerState {
  pid: number;
  /** The process that started the server (for throw-away servers: the test run that owns it). */
  ownerPid: number;
  /** Set while the JVM records a class archive at exit (see class-archive.ts). */
  classArchive?: { recording: string; archive: string };
  boltPort: number;
  httpPort?: number;
  startedAt: string;
  /** Set by stopLocalServer when it asks the JVM to stop: the server is shutting down, not starting. */
  stoppingSince?: string;
}

/** The JVM went away while we waited for it to answer. */
class ServerExitedError extends EnvironmentError {}

export async function ensureLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const layout = instanceLayout(options.name, options.homeDir);
  const log = options.log ?? (() => {});
  mkdirSync(layout.run, { recursive: true });
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  return withStartLock(layout, timeoutMs, async () => {
    const running = await runningState(layout, log);
    if (running?.stoppingSince) {
      await waitUntilStopped(options.name, layout, running, timeoutMs, log);
      return launch(options, layout, log);
    }
    if (!running) return launch(options, layout, log);
    try {
      return await attach(options, layout, running, log);
    } catch (error) {
      // It was shutting down without saying so (stopped by someone else): start it anew.
      if (!(error instanceof ServerExitedError)) throw error;
      log(`Neo4j '${options.name}' (pid ${running.pid}) stopped while we waited for it; starting it again…`);
      rmSync(layout.stateFile, { force: true });
      return launch(options, layout, log);
    }
  });
}

/**
 * A start right after a stop (e.g. `npm run db:start` just after Ctrl-C of `npm start`): the old JVM
 * may take a while to checkpoint and exit, and holds the ports and the store until then.
 */
async function waitUntilStopped(
  name: string,
  layout: InstanceLayout,
  state: ServerState,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  log(`Neo4j '${name}' (pid ${state.pid}) is still stopping; waiting for it to finish before starting it…`);
  if (!(await waitFor(() => !processAlive(state.pid), timeoutMs))) {
    throw new EnvironmentError(
      `Neo4j '${name}' (pid ${state.pid}) is still stopping (since ${state.stoppingSince}) after ` +
        `${Math.round(timeoutMs / 1000)} s; wait for it to exit, or end it with \`kill ${state.pid}\`, then start again`,
    );
  }
  rmSync(layout.stateFile, { force: true });
}

async function attach(
  options: LocalServerOptions,
  layout: InstanceLayout,
  state: ServerState,
  log: (line: string) => void,
): Promise<LocalServer> {
  if (state.boltPort !== options.boltPort || state.httpPort !== options.httpPort) {
    log(
      `Note: instance '${options.name}' is already running with Bolt port ${state.boltPort}` +
        `${state.httpPort ? ` and HTTP port ${state.httpPort}` : ''}; ` +
        'run `npm run db:stop` first to change its ports.',
    );
  }
  if (!existsSync(layout.passwordFile)) {
    throw new EnvironmentError(
      `instance '${options.name}' is running (pid ${state.pid}) but its password file ${layout.passwordFile} is gone; ` +
        `stop it (npm run db:stop), delete ${layout.data} and start again to get a new password`,
    );
  }
  const { password } = readOrCreatePassword(layout.passwordFile);
  const server = describe(options.name, layout, state, password, true);
  await waitUntilAnswering(server, () => processAlive(state.pid), layout, options.startTimeoutMs ?? 180_000);
  return server;
}

async function launch(
  options: LocalServerOptions,
  layout: InstanceLayout,
  log: (line: string) => void,
): Promise<LocalServer> {
  await requirePortFree(options.boltPort, 'Bolt', 'NEO4J_BOLT_PORT', options.name);
  if (options.httpPort !== undefined) {
    await requirePortFree(options.httpPort, 'HTTP', 'NEO4J_HTTP_PORT', options.name);
  }
  const java = requireJava();
  const lib = ensureDistribution(log);

  const hasData = systemDatabaseExists(layout.data);
  const { password, created } = readOrCreatePassword(layout.passwordFile);
  if (created && hasData) {
    unlinkSync(layout.passwordFile);
    throw new EnvironmentError(
      `instance '${options.name}' has data in ${layout.data} but its password file ${layout.passwordFile} is gone, ` +
        `so nobody can log in. Delete ${layout.data} to start with an empty database and a new password.`,
    );
  }
  if (!hasData) writeInitialPassword(layout.data, LOCAL_USER, password);

  const tuning = options.tuning ?? MAIN_TUNING;
  mkdirSync(layout.conf, { recursive: true });
  mkdirSync(layout.logs, { recursive: true });
  const ports = {
    bolt: options.boltPort,
    ...(options.httpPort !== undefined ? { http: options.httpPort } : {}),
  };
  writeFileSync(join(layout.conf, 'neo4j.conf'), renderNeo4jConf(layout, ports, tuning));

  const consoleLog = openSync(layout.consoleLog, 'a');
  writeSync(
    consoleLog,
    `\n=== ${new Date().toISOString()} starting ${java.executable} (Java ${java.major})\n`,
  );
  const started = Date.now();
  const classes = classArchiveOptions(java, layout);
  const child = spawn(java.executable, jvmArguments(layout, join(lib, '*'), tuning, classes.jvm), {
    cwd: layout.home,
    detached: options.detached ?? true,
    stdio: ['ignore', consoleLog, consoleLog],
  });
  closeSync(consoleLog);
  const pid = await spawned(child);
  child.unref();
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const state: ServerState = {
    pid,
    ownerPid: process.pid,
    boltPort: options.boltPort,
    ...(options.httpPort !== undefined ? { httpPort: options.httpPort } : {}),
    startedAt: new Date(started).toISOString(),
    ...(classes.recording
      ? { classArchive: { recording: classes.recording, archive: classArchivePath(java) } }
      : {}),
  };
  writeFileSync(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  log(
    `Starting Neo4j '${options.name}' (pid ${pid}, ${hasData ? 'existing data' : 'new database'}) on ` +
      `bolt://${LOOPBACK}:${options.boltPort}…`,
  );

  const server = describe(options.name, layout, state, password, false);
  try {
    await waitUntilAnswering(
      server,
      () => !exited && processAlive(pid),
      layout,
      options.startTimeoutMs ?? 180_000,
    );
  } catch (error) {
    if (processAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(layout.stateFile, { force: true });
    throw error;
  }
  return { ...server, startupMs: Date.now() - started };
}

/** Gracefully stop the instance: SIGTERM, wait for Neo4j to checkpoint and exit, SIGKILL after the timeout. */
export async function stopLocalServer(options: {
  name: string;
  homeDir?: string;
  timeoutMs?: number;
  /** Delete the instance directory afterwards (throw-away servers). */
  removeHome?: boolean;
  /**
   * false = SIGKILL at once, for a throw-away server whose data is deleted anyway (a graceful
   * stop spends ~10 s checkpointing data nobody will read).
   */
  graceful?: boolean;
  log?: (line: string) => void;
}): Promise<'stopped' | 'not-running'> {
  const layout = instanceLayout(options.name, options.homeDir);
  const log = options.log ?? (() => {});
  const state = await runningState(layout, log);
  let outcome: 'stopped' | 'not-running' = 'not-running';
  if (state) {
    // A server recording a class archive writes it only on a normal exit: stop it gracefully once.
    const graceful = options.graceful !== false || state.classArchive !== undefined;
    // A start meanwhile must wait for this JVM to exit, not take it for a server starting up.
    writeFileSync(
      layout.stateFile,
      `${JSON.stringify({ ...state, stoppingSince: new Date().toISOString() }, null, 2)}\n`,
    );
    process.kill(state.pid, graceful ? 'SIGTERM' : 'SIGKILL');
    if (!(await waitFor(() => !processAlive(state.pid), options.timeoutMs ?? 60_000))) {
      log(
        `Neo4j '${options.name}' (pid ${state.pid}) did not stop within ${options.timeoutMs ?? 60_000} ms; killing it.`,
      );
      process.kill(state.pid, 'SIGKILL');
      await waitFor(() => !processAlive(state.pid), 10_000);
    }
    outcome = 'stopped';
    if (state.classArchive && publishClassArchive(state.classArchive.recording, state.classArchive.archive)) {
      log(`Saved a class archive for faster starts: ${state.classArchive.archive}`);
    }
  }
  // A start waiting for this stop may have launched a new JVM already: its state file stays.
  const named = state && stateFilePid(layout);
  if (named === undefined || named === state?.pid) rmSync(layout.stateFile, { force: true });
  if (options.removeHome) rmSync(layout.home, { recursive: true, force: true });
  return outcome;
}

export interface LocalServerStatus {
  name: string;
  running: boolean;
  pid?: number;
  uri?: string;
  httpPort?: number;
  home: string;
}

export async function localServerStatus(options: {
  name: string;
  homeDir?: string;
}): Promise<LocalServerStatus> {
  const layout = instanceLayout(options.name, options.homeDir);
  const state = await runningState(layout, () => {});
  if (!state) return { name: options.name, running: false, home: layout.home };
  return {
    name: options.name,
    running: true,
    pid: state.pid,
    uri: `bolt://${LOOPBACK}:${state.boltPort}`,
    ...(state.httpPort !== undefined ? { httpPort: state.httpPort } : {}),
    home: layout.home,
  };
}

// ---------------------------------------------------------------------------------------------

function describe(
  name: string,
  layout: InstanceLayout,
  state: ServerState,
  password: string,
  reused: boolean,
): LocalServer {
  return {
    name,
    uri: `bolt://${LOOPBACK}:${state.boltPort}`,
    user: LOCAL_USER,
    password,
    pid: state.pid,
    boltPort: state.boltPort,
    ...(state.httpPort !== undefined ? { httpPort: state.httpPort } : {}),
    home: layout.home,
    reused,
  };
}

/** The running server of this instance, or undefined; removes a stale pid file on the way. */
async function runningState(
  layout: InstanceLayout,
  log: (line: string) => void,
): Promise<ServerState | undefined> {
  if (!existsSync(layout.stateFile)) return undefined;
  let state: ServerState | undefined;
  try {
    state = JSON.parse(readFileSync(layout.stateFile, 'utf8')) as ServerState;
  } catch {
    state = undefined;
  }
  if (state && Number.isInteger(state.pid) && processAlive(state.pid) && isNeo4jOf(state.pid, layout.home)) {
    return state;
  }
  log(
    `Removed a stale pid file ${layout.stateFile}` +
      (state?.pid ? ` (process ${state.pid} is no longer this Neo4j).` : ' (unreadable).'),
  );
  rmSync(layout.stateFile, { force: true });
  return undefined;
}

/** The pid the state file names, if it is readable. */
function stateFilePid(layout: InstanceLayout): number | undefined {
  try {
    return (JSON.parse(readFileSync(layout.stateFile, 'utf8')) as ServerState).pid;
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie (an exited child we have not reaped yet still answers kill(pid, 0)). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(pid, 0) is all we have
  }
}

/** Whether the pid is a Neo4j JVM started for this instance directory (pids get reused). */
function isNeo4jOf(pid: number, home: string): boolean {
  let commandLine: string;
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return true; // no /proc: trust the pid file; the Bolt check will catch a wrong process
  }
  return (
    commandLine.includes('org.neo4j.server.CommunityEntryPoint') && commandLine.includes(`--home-dir=${home}`)
  );
}

async function requirePortFree(
  port: number,
  protocol: string,
  variable: string,
  name: string,
): Promise<void> {
  if (await isPortFree(port)) return;
  throw new EnvironmentError(
    `port ${port} (${protocol}) on ${LOOPBACK} is already in use by another program, not by this project's ` +
      `Neo4j '${name}'. Stop that program, or use other ports, e.g. ` +
      `\`${variable}=${port + 1} npm run db:start\` (then set the same ${variable} for npm start and the CLI).`,
  );
}

function spawned(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new EnvironmentError(`could not start Java: ${error.message}`)));
    child.once('spawn', () => resolve(child.pid ?? 0));
  });
}

/**
 * Poll until the server runs a query on its default database with our password. Bolt opens a few
 * seconds before the default database is online, so a TCP connect alone is not enough.
 */
async function waitUntilAnswering(
  server: LocalServer,
  alive: () => boolean,
  layout: InstanceLayout,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'Bolt port not open yet';
  while (Date.now() < deadline) {
    if (!alive()) {
      throw new ServerExitedError(
        `Neo4j '${server.name}' exited during startup.\n${startupDiagnosis(layout)}`,
      );
    }
    if (await isListening(server.boltPort)) {
      const answer = await tryQuery(server);
      if (answer === 'ok') return;
      if (answer === 'Neo.ClientError.Security.Unauthorized') {
        throw new EnvironmentError(
          `Neo4j '${server.name}' at ${server.uri} refused the password in ${layout.passwordFile}. ` +
            `If the file was replaced, stop the server and delete ${layout.data} to start over.`,
        );
      }
      lastError = answer;
    }
    await sleep(250);
  }
  throw new EnvironmentError(
    `Neo4j '${server.name}' did not answer on ${server.uri} within ${Math.round(timeoutMs / 1000)} s ` +
      `(last error: ${lastError}).\n${startupDiagnosis(layout)}`,
  );
}

/** 'ok', or the error code/message of one `RETURN 1` attempt with a fresh driver. */
async function tryQuery(server: LocalServer): Promise<string> {
  const driver: Driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  // An auto-commit query, not executeQuery: the latter retries with exponential back-off inside
  // the driver (for up to 30 s), which would sleep well past the moment the server is up.
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'Neo.ClientError.Security.Unauthorized'
      ? code
      : `${code ?? ''} ${(error as Error).message}`.trim();
  } finally {
    await session.close();
    await driver.close();
  }
}

/** The lines of the server's logs that explain a failed start, and where to read more. */
function startupDiagnosis(layout: InstanceLayout): string {
  const neo4jLog = join(layout.logs, 'neo4j.log');
  const lines: string[] = [];
  for (const file of [neo4jLog, layout.consoleLog]) {
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').split('\n').slice(-200);
    lines.push(
      ...tail.filter((line) => /ERROR|Exception|Caused by|already in use|Failed/.test(line)).slice(-8),
    );
  }
  const advice = lines.some((line) => line.includes('already in use'))
    ? '\nA port is taken: pick others with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.'
    : '';
  return `${lines.join('\n')}${advice}\nLogs: ${neo4jLog}, ${layout.consoleLog}, ${join(layout.logs, 'debug.log')}`;
}

/**
 * Run `start` while holding the instance's start lock, so that two `db:start`s (or `npm start`
 * and `db:start`) at the same moment start one server, not two fighting over the port.
 */
async function withStartLock<T>(
  layout: InstanceLayout,
  timeoutMs: number,
  start: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(layout.startLock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(layout.startLock, 'utf8'));
      if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
        rmSync(layout.startLock, { force: true }); // left behind by a killed process
        continue;
      }
      if (Date.now() > deadline) {
        throw new EnvironmentError(
          `process ${holder} has been starting Neo4j in ${layout.home} for too long; giving up`,
        );
      }
      await sleep(500);
    }
  }
  try {
    return await start();
  } finally {
    rmSync(layout.startLock, { force: true });
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await sleep(200);
  }
  return condition();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
