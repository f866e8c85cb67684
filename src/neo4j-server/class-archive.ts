/**
 * A class-data-sharing archive of Neo4j's classes, so that a JVM maps ~100 MB of already parsed
 * and verified classes instead of loading them from 200 jars. Fresh test servers start in roughly
 * half the time with it (measured on this 2-core machine: docs/neo4j.md).
 *
 * No archive yet: the server runs with -XX:ArchiveClassesAtExit and the JVM writes one when it
 * exits normally (a graceful stop); stopLocalServer then publishes it into .neo4j/dist. With an
 * archive: -XX:SharedArchiveFile. The archive is specific to the jars and the Java build (both are
 * in its name); if the JVM still finds it unusable it says so in console.log and starts without it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig } from '../config.js';
import type { JavaRuntime } from './distribution.js';
import { DIST_DIR, DIST_MARKER, type InstanceLayout } from './layout.js';

const PREFIX = 'classes-';

export function classArchivePath(java: JavaRuntime): string {
  const jars = existsSync(DIST_MARKER) ? readFileSync(DIST_MARKER, 'utf8').trim() : 'unknown';
  const key = createHash('sha256').update(jars).update(java.build).digest('hex').slice(0, 16);
  return join(DIST_DIR, `${PREFIX}java${java.major}-${key}.jsa`);
}

/** Where a server without an archive records one. */
export function recordingPath(layout: InstanceLayout): string {
  return join(layout.run, 'classes.jsa');
}

/** JVM options: use the archive, or record one at exit. `recording` is set in the second case. */
export function classArchiveOptions(
  java: JavaRuntime,
  layout: InstanceLayout,
): { jvm: string[]; recording?: string } {
  if (!getConfig().localServer.classArchive) return { jvm: [] };
  const archive = classArchivePath(java);
  if (existsSync(archive)) return { jvm: [`-XX:SharedArchiveFile=${archive}`] };
  const recording = recordingPath(layout);
  rmSync(recording, { force: true });
  return { jvm: [`-XX:ArchiveClassesAtExit=${recording}`], recording };
}

/**
 * Move a recorded archive into .neo4j/dist (copy + rename: the instance may live on another file
 * system, and a reader must never map a half-written file) and drop archives of older jar sets.
 */
export function publishClassArchive(recording: string, archive: string): boolean {
  if (!existsSync(recording)) return false;
  if (!existsSync(archive)) {
    const staging = `${archive}.${process.pid}.tmp`;
    copyFileSync(recording, staging);
    renameSync(staging, archive);
    for (const file of readdirSync(DIST_DIR)) {
      if (file.startsWith(PREFIX) && file.endsWith('.jsa') && join(DIST_DIR, file) !== archive) {
        rmSync(join(DIST_DIR, file), { force: true });
      }
    }
  }
  rmSync(recording, { force: true });
  return true;
}
