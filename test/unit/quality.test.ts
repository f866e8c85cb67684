/**
 * Quality regression: the extraction of seeds/ scored against the dev gold must not fall below the
 * last accepted scores (test/accepted-scores.json, written by `npm run eval -- --accept`), F1 for
 * every kind and recall for the recall-only kinds. Raise the floor by re-accepting when quality
 * improves; lowering it is a decision to make on purpose, in review.
 */
import { describe, expect, it } from 'vitest';
import { readAcceptedScores, regressions } from '../../src/eval/accepted.js';
import { extractDirectory } from '../../src/eval/extraction.js';
import { loadGoldSets } from '../../src/eval/gold.js';
import { scoreGraph } from '../../src/eval/score.js';
import { formatTable } from '../../src/eval/table.js';

describe('extraction quality on the dev gold', () => {
  it('does not regress below the accepted scores', async () => {
    const accepted = readAcceptedScores();
    const graph = await extractDirectory('seeds');
    const result = scoreGraph(graph, loadGoldSets(accepted.gold), { verbose: false });
    const problems = regressions(result.rows, accepted);
    expect(problems, `${problems.join('\n')}\n\n${formatTable(result)}`).toEqual([]);
  });
});
