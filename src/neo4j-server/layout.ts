/**
 * Where the local Neo4j lives on disk. Everything is under the git-ignored .neo4j/ directory:
 *
 *   .neo4j/dist/lib/*.jar            Neo4j Community jars, fetched from Maven Central (pom.xml here)
 *   .neo4j/dist/fetched-from         hash of pom.xml the jars were fetched with (re-fetch on change)
 *   .neo4j/password                  generated password of the `main` instance (mode 600)
 *   .neo4j/instances/<name>/         one server: conf/, data/, logs/, run/
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NEO4J_DIR = join(PROJECT_ROOT, '.neo4j');
export const DIST_DIR = join(NEO4J_DIR, 'dist');
export const DIST_LIB_DIR = join(DIST_DIR, 'lib');
export const DIST_MARKER = join(DIST_DIR, 'fetched-from');
export const DIST_POM = fileURLToPath(new URL('./pom.xml', import.meta.url));
export const MAIN_PASSWORD_FILE = join(NEO4J_DIR, 'password');
export const MAIN_INSTANCE = 'main';
/** The user every local instance is created with. */
export const LOCAL_USER = 'neo4j';

export interface InstanceLayout {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  /** Written by us (not by Neo4j): the pid and ports of the running JVM. */
  stateFile: string;
  /** Held while one process starts the instance, so that concurrent `db:start`s do not race. */
  startLock: string;
  /** The JVM's stdout/stderr (startup failures that happen before Neo4j's own logging). */
  consoleLog: string;
  passwordFile: string;
}

export function instanceLayout(name: string, homeDir?: string): InstanceLayout {
  const home = homeDir ?? join(NEO4J_DIR, 'instances', name);
  const run = join(home, 'run');
  const logs = join(home, 'logs');
  return {
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs,
    run,
    stateFile: join(run, 'server.json'),
    startLock: join(run, 'start.lock'),
    consoleLog: join(logs, 'console.log'),
    // The main instance's password sits at a fixed, documented place that connection.ts reads;
    // any other instance keeps its own next to its data.
    passwordFile:
      name === MAIN_INSTANCE && homeDir === undefined ? MAIN_PASSWORD_FILE : join(home, 'password'),
  };
}
