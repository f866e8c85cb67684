/**
 * A start issued while the previous server of the same instance is still shutting down (e.g.
 * `npm run db:start` right after Ctrl-C of `npm start`) waits for it to exit and starts a new one,
 * instead of attaching to the dying JVM and failing with "exited during startup".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  ensureLocalServer,
  localServerStatus,
  stopLocalServer,
} from '../../../src/neo4j-server/local-server.js';
import { pickFreePort } from '../../../src/neo4j-server/ports.js';
import { TEST_TUNING } from '../../../src/neo4j-server/server-config.js';

const NAME = 'restart-test';
const homeDir = mkdtempSync(join(tmpdir(), 'gov-kg-neo4j-restart-'));

afterAll(async () => {
  await stopLocalServer({ name: NAME, homeDir, graceful: false, removeHome: true });
  rmSync(homeDir, { recursive: true, force: true });
});

function stoppingSince(): string | undefined {
  try {
    const state = JSON.parse(readFileSync(join(homeDir, 'run', 'server.json'), 'utf8')) as {
      stoppingSince?: string;
    };
    return state.stoppingSince;
  } catch {
    return undefined;
  }
}

it('waits for a stopping server to exit, then starts a new one', async () => {
  const options = {
    name: NAME,
    homeDir,
    boltPort: await pickFreePort(),
    tuning: TEST_TUNING,
    detached: false,
  };
  const first = await ensureLocalServer(options);

  const stopping = stopLocalServer({ name: NAME, homeDir, graceful: true });
  // Until the stop has begun (SIGTERM sent), at most 2 s.
  for (let i = 0; i < 100 && !stoppingSince(); i++) await new Promise((resolve) => setTimeout(resolve, 20));

  const lines: string[] = [];
  const second = await ensureLocalServer({ ...options, log: (line) => lines.push(line) });
  expect(lines.join('\n')).toMatch(/is still stopping; waiting for it to finish/);
  expect(second.reused).toBe(false);
  expect(second.pid).not.toBe(first.pid);

  await stopping;
  // The stop that finished meanwhile left the new server's state alone.
  expect(await localServerStatus({ name: NAME, homeDir })).toMatchObject({ running: true, pid: second.pid });
}, 240_000);
