/**
 * The Neo4j jars and the Java that runs them.
 *
 * Neo4j's tar.gz is not on Maven Central (the only reachable source here), so the distribution is
 * the community artifact plus its runtime dependencies, copied by Maven into .neo4j/dist/lib and
 * started with `java -cp`. Fetched once; fetched again only when pom.xml changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig } from '../config.js';
import { EnvironmentError } from '../errors.js';
import { DIST_DIR, DIST_LIB_DIR, DIST_MARKER, DIST_POM } from './layout.js';

export const MIN_JAVA_MAJOR = 17;

export interface JavaRuntime {
  executable: string;
  major: number;
  /** The full `java -version` text: identifies the exact build (class archives are per build). */
  build: string;
}

/** The java to run Neo4j with: $JAVA_HOME/bin/java if JAVA_HOME is set, else `java` on PATH. */
export function requireJava(javaHome: string | undefined = getConfig().localServer.javaHome): JavaRuntime {
  const executable = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(executable, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const where = javaHome ? `JAVA_HOME=${javaHome} (no working ${executable})` : 'no `java` on PATH';
    throw new EnvironmentError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j, but ${where}. ` +
        'Install a JDK/JRE 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), ' +
        'or point NEO4J_URI at an existing Neo4j 5 server instead.',
    );
  }
  const major = javaMajorVersion(`${probe.stderr}\n${probe.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new EnvironmentError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run Neo4j 5, but ${executable} is version ${major ?? 'unknown'}. ` +
        'Install Java 17 or 21 and put it first on PATH (or set JAVA_HOME).',
    );
  }
  return { executable, major, build: `${probe.stderr}${probe.stdout}`.trim() };
}

/** "17.0.15" → 17, "1.8.0_392" → 8, from the output of `java -version`. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function pomFingerprint(): string {
  return createHash('sha256').update(readFileSync(DIST_POM)).digest('hex');
}

export function distributionReady(): boolean {
  return (
    existsSync(DIST_MARKER) &&
    readFileSync(DIST_MARKER, 'utf8').trim() === pomFingerprint() &&
    existsSync(DIST_LIB_DIR) &&
    readdirSync(DIST_LIB_DIR).some((file) => /^neo4j-\d.*\.jar$/.test(file))
  );
}

/**
 * Make sure .neo4j/dist/lib holds the jars; fetch them with Maven if not. Safe to run from two
 * processes at once: each copies into its own directory and the first to rename it into place wins.
 */
export function ensureDistribution(log: (line: string) => void = console.log): string {
  if (distributionReady()) return DIST_LIB_DIR;
  requireMaven();
  log('Fetching the Neo4j 5.26 Community jars from Maven Central (first run only, ~120 MB)…');
  const started = Date.now();
  mkdirSync(DIST_DIR, { recursive: true });
  const staging = join(DIST_DIR, `lib.fetching-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const fetch = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      DIST_POM,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${staging}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (fetch.error || fetch.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    const output = `${fetch.stdout ?? ''}${fetch.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new EnvironmentError(
      `could not fetch the Neo4j jars with Maven (mvn exited with ${fetch.status ?? fetch.error?.message}). ` +
        `Is Maven Central reachable (proxy settings in ~/.m2/settings.xml)?\n${output}`,
    );
  }
  const fingerprint = pomFingerprint();
  if (distributionReady()) {
    rmSync(staging, { recursive: true, force: true }); // someone else finished first
  } else {
    rmSync(DIST_LIB_DIR, { recursive: true, force: true });
    renameSync(staging, DIST_LIB_DIR);
    writeFileSync(DIST_MARKER, `${fingerprint}\n`);
  }
  log(`Fetched ${readdirSync(DIST_LIB_DIR).length} jars in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return DIST_LIB_DIR;
}

function requireMaven(): void {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new EnvironmentError(
      'Maven (`mvn`) is needed once, to fetch the Neo4j jars from Maven Central into .neo4j/dist, ' +
        'but it is not on PATH. Install it (e.g. `apt-get install maven`), ' +
        'or point NEO4J_URI at an existing Neo4j 5 server instead.',
    );
  }
}
