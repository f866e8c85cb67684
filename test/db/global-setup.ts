/**
 * vitest globalSetup of the db tier (vitest.config.ts): a throw-away Neo4j for the test run. The unit
 * tier never starts it.
 *
 * Every run starts its own server in a fresh temp directory on a free port picked now, so that
 * `npm test` never touches the developer's `main` data and two runs (or a run next to `npm start`)
 * never collide. Its connection goes to the test processes as NEO4J_URI / NEO4J_USER /
 * NEO4J_PASSWORD (set here before the workers start, so connectionSettings() just works) and as
 * `inject('neo4j')`. The server is killed and its directory deleted at the end.
 *
 * NEO4J_TEST_URI (+ NEO4J_TEST_USER / NEO4J_TEST_PASSWORD / NEO4J_TEST_DATABASE) uses an existing
 * server instead. The tests wipe its database.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../src/config.js';
import { ensureLocalServer, stopLocalServer, type LocalServer } from '../../src/neo4j-server/local-server.js';
import { pickFreePort } from '../../src/neo4j-server/ports.js';
import { TEST_TUNING } from '../../src/neo4j-server/server-config.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** true when this run started the server (false: NEO4J_TEST_URI). */
  local: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const INSTANCE = 'test';
const TEMP_PREFIX = 'gov-kg-neo4j-test-';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = parseConfig(process.env).testNeo4j;
  let server: LocalServer | undefined;
  let connection: TestNeo4j;
  if (configured) {
    connection = { ...configured, local: false };
    console.error(`Neo4j for tests: ${configured.uri} (NEO4J_TEST_URI)`);
  } else {
    await removeAbandonedInstances();
    server = await startTestServer();
    connection = { uri: server.uri, user: server.user, password: server.password, local: true };
    console.error(
      `Neo4j for tests: ${server.uri}, started in ${((server.startupMs ?? 0) / 1000).toFixed(1)} s`,
    );
  }

  // Whatever NEO4J_* the developer has set (their own server!) must not reach the tests.
  process.env['NEO4J_URI'] = connection.uri;
  process.env['NEO4J_USER'] = connection.user;
  process.env['NEO4J_PASSWORD'] = connection.password;
  if (connection.database) process.env['NEO4J_DATABASE'] = connection.database;
  else delete process.env['NEO4J_DATABASE'];
  project.provide('neo4j', connection);

  return async () => {
    if (server) {
      await stopLocalServer({ name: INSTANCE, homeDir: server.home, graceful: false, removeHome: true });
    }
  };
}

async function startTestServer(): Promise<LocalServer> {
  // A free port can be taken by someone else between picking it and Neo4j binding it: retry once.
  for (let attempt = 1; ; attempt++) {
    const homeDir = mkdtempSync(join(tmpdir(), TEMP_PREFIX));
    try {
      return await ensureLocalServer({
        name: INSTANCE,
        homeDir,
        boltPort: await pickFreePort(),
        tuning: TEST_TUNING,
        // Same process group as vitest: a Ctrl-C stops the server with the test run.
        detached: false,
        log: (line) => console.error(line),
      });
    } catch (error) {
      rmSync(homeDir, { recursive: true, force: true });
      if (attempt >= 2 || !String((error as Error).message).includes('already in use')) throw error;
    }
  }
}

/**
 * Temp directories of earlier runs that were killed before their teardown (vitest killed with -9,
 * a crashed machine): stop their server if it still runs and delete them, once the test run that
 * owned them is gone. A directory without a pid file may be a run starting right now, so it is
 * only removed once it is an hour old.
 */
async function removeAbandonedInstances(): Promise<void> {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    const home = join(tmpdir(), entry);
    try {
      let abandoned: boolean;
      try {
        const state = JSON.parse(readFileSync(join(home, 'run', 'server.json'), 'utf8')) as {
          ownerPid?: number;
        };
        abandoned = state.ownerPid === undefined || !isAlive(state.ownerPid);
      } catch {
        abandoned = Date.now() - statSync(home).mtimeMs > 60 * 60 * 1000;
      }
      if (abandoned) {
        await stopLocalServer({ name: INSTANCE, homeDir: home, graceful: false, removeHome: true });
      }
    } catch {
      // another run is deleting it, or it is not ours to read: leave it
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
