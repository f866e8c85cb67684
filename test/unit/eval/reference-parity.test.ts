/**
 * The project's scorer (src/eval) must give the same numbers as the shared reference scorer, vendored
 * at test/reference/eval-graph.mjs. Each case writes a graph (and gold) to a temporary folder, runs
 * the reference as a child process, and compares rows, misses and the printed table.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDirectory } from '../../../src/eval/extraction.js';
import { loadGoldSets } from '../../../src/eval/gold.js';
import { scoreGraph } from '../../../src/eval/score.js';
import { formatTable } from '../../../src/eval/table.js';
import type { GraphJson } from '../../../src/model/graph-json.js';
import { HAND_GOLD, handGraph, oracleGraph } from '../../support/gold-fixtures.js';

const REFERENCE = join(import.meta.dirname, '..', '..', 'reference', 'eval-graph.mjs');
const work = mkdtempSync(join(tmpdir(), 'kg-eval-parity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function reference(graphPath: string, goldDir: string, flags: string[]): string {
  return execFileSync(process.execPath, [REFERENCE, graphPath, goldDir, ...flags], { encoding: 'utf8' });
}

/** Asserts parity in JSON mode (verbose and not) and in table mode. */
function expectParity(name: string, graph: GraphJson, goldDir: string): void {
  const graphPath = join(work, `${name}.graph.json`);
  writeFileSync(graphPath, JSON.stringify(graph));
  const gold = loadGoldSets(goldDir);
  for (const verbose of [true, false]) {
    const flags = verbose ? ['--json', '--verbose'] : ['--json'];
    const expected = JSON.parse(reference(graphPath, goldDir, flags)) as unknown;
    expect(scoreGraph(graph, gold, { verbose })).toEqual(expected);
  }
  const table = reference(graphPath, goldDir, ['--verbose']);
  expect(`${formatTable(scoreGraph(graph, gold), true)}\n`).toBe(table);
}

const handGoldDir = join(work, 'hand-gold');
mkdirSync(handGoldDir);
for (const [file, gold] of Object.entries(HAND_GOLD))
  writeFileSync(join(handGoldDir, file), JSON.stringify(gold));

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
// the seeds' gold: the development corpus's gold files of the documents in seeds/
const CORPUS_GOLD = join(import.meta.dirname, '..', '..', 'corpus', 'gold');
const DEV_GOLD = join(work, 'seed-gold');
mkdirSync(DEV_GOLD);
const seedFiles = new Set(readdirSync(SEEDS));
for (const file of readdirSync(CORPUS_GOLD).filter((f) => f.endsWith('.json'))) {
  const json = readFileSync(join(CORPUS_GOLD, file), 'utf8');
  if (seedFiles.has((JSON.parse(json) as { doc: string }).doc)) writeFileSync(join(DEV_GOLD, file), json);
}

describe('scorer parity with the reference eval-graph.mjs', () => {
  it('hand-made graph: hits, misses, extras, ranges, aliases, funding targets, places', () => {
    const graph = handGraph();
    expectParity('hand', graph, handGoldDir);
    // and the fixture really exercises both sides of the table
    const { rows } = scoreGraph(graph, loadGoldSets(handGoldDir));
    for (const kind of ['agencies', 'projects', 'roles', 'funding', 'dependencies']) {
      const row = rows.find((r) => r.kind === kind)!;
      expect(row.tp, kind).toBeGreaterThan(0);
      expect(row.fn, kind).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.kind === 'agencies')!.fp).toBeGreaterThan(0);
  });

  it('empty graph', () => {
    expectParity('empty', { version: 1, documents: [], nodes: [], edges: [] }, handGoldDir);
  });

  it('oracle graph built from the dev gold', () => {
    const graph = oracleGraph(loadGoldSets(DEV_GOLD), SEEDS);
    expectParity('oracle', graph, DEV_GOLD);
    const { rows } = scoreGraph(graph, loadGoldSets(DEV_GOLD));
    expect(rows.find((r) => r.kind === 'roles')!.f1).toBeGreaterThan(0.9);
  });

  it('damaged oracle graph (facts dropped, entities renamed)', () => {
    expectParity('damaged', oracleGraph(loadGoldSets(DEV_GOLD), SEEDS, { drop: 3, rename: 4 }), DEV_GOLD);
  });

  it('real extraction of seeds/', async () => {
    expectParity('seeds', await extractDirectory(SEEDS), DEV_GOLD);
  });
});
