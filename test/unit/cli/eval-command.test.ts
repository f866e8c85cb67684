import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/commands/eval.js';
import { InputError } from '../../../src/errors.js';
import { loadGoldSets } from '../../../src/eval/gold.js';
import { scoreGraph } from '../../../src/eval/score.js';
import { formatTable } from '../../../src/eval/table.js';
import { HAND_GOLD, handGraph } from '../../support/gold-fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'kg-eval-cli-'));
const goldDir = join(work, 'gold');
mkdirSync(goldDir);
for (const [file, gold] of Object.entries(HAND_GOLD))
  writeFileSync(join(goldDir, file), JSON.stringify(gold));
const graphFile = join(work, 'graph.json');
writeFileSync(graphFile, JSON.stringify(handGraph()));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
  return lines;
}

describe('kg eval', () => {
  it('prints the score table of a graph file against a gold folder', async () => {
    const out = captureStdout();
    expect(await run(['--gold', goldDir, graphFile])).toBe(0);
    expect(out.join('\n')).toBe(
      formatTable(scoreGraph(handGraph(), loadGoldSets(goldDir), { verbose: false })),
    );
  });

  it('prints rows and misses as JSON with --json --verbose', async () => {
    const out = captureStdout();
    await run([`--gold=${goldDir}`, '--json', '--verbose', graphFile]);
    const printed = JSON.parse(out.join('\n')) as { rows: unknown[]; misses: string[] };
    expect(printed.rows).toEqual(scoreGraph(handGraph(), loadGoldSets(goldDir)).rows);
    expect(printed.misses).toContain('b.txt: document missing from the graph');
  });

  it('rejects bad input with a user error naming it', async () => {
    await expect(run(['--frobnicate'])).rejects.toThrow(InputError);
    await expect(run(['--gold', goldDir, join(work, 'absent.json')])).rejects.toThrow(/absent\.json/);
    await expect(run(['--gold', join(work, 'no-such-dir'), graphFile])).rejects.toThrow(/no-such-dir/);
    writeFileSync(join(work, 'not-a-graph.json'), '{"nodes": []}');
    await expect(run(['--gold', goldDir, join(work, 'not-a-graph.json')])).rejects.toThrow(
      /not a graph JSON/,
    );
  });
});
