/**
 * The initial password of a new instance, written before its first start.
 *
 * `neo4j-admin dbms set-initial-password` does exactly this: it writes data/dbms/auth.ini, which the
 * server imports into the system database when it creates it. Writing the line ourselves spares a
 * JVM start (~3 s) on every fresh instance, which every `npm test` creates. The format
 * (user:SHA-256,hash,salt,iterations:flags, hash = SHA-256 of salt+password re-hashed to 1024
 * iterations) was checked against the admin tool's output; test/db/store/connection.test.ts proves
 * the password works and a wrong one is refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ITERATIONS = 1024;

export function authIniLine(user: string, password: string, salt: Buffer): string {
  let hash = createHash('sha256').update(salt).update(password, 'utf8').digest();
  for (let i = 1; i < ITERATIONS; i++) hash = createHash('sha256').update(hash).digest();
  return `${user}:SHA-256,${hash.toString('hex')},${salt.toString('hex')},${ITERATIONS}:\n`;
}

/** Queue the password for the server's first start (ignored by Neo4j once the system db exists). */
export function writeInitialPassword(dataDir: string, user: string, password: string): void {
  const file = join(dataDir, 'dbms', 'auth.ini');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, authIniLine(user, password, randomBytes(32)), { mode: 0o600 });
}

/** True once the instance has been started: its system database exists. */
export function systemDatabaseExists(dataDir: string): boolean {
  return existsSync(join(dataDir, 'databases', 'system'));
}

/** The instance's password: read from passwordFile, or generated there (mode 600) on first use. */
export function readOrCreatePassword(passwordFile: string): { password: string; created: boolean } {
  if (existsSync(passwordFile)) {
    return { password: readFileSync(passwordFile, 'utf8').trim(), created: false };
  }
  // URL-safe and quote-free, so it can be pasted into a shell or a connection string.
  const password = randomBytes(18).toString('base64url');
  mkdirSync(dirname(passwordFile), { recursive: true });
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600);
  return { password, created: true };
}
