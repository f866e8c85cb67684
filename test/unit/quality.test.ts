/**
 * Quality regression: the extraction of the development corpus (test/corpus, every document from its
 * text alone) must not fall below the accepted floors (test/accepted-scores.json, written by
 * `npm run eval -- --accept`), on train and on test, F1 for every kind and recall for the recall-only
 * kinds. Raise a floor by re-accepting when quality improves; lowering one is a decision made on
 * purpose, in review.
 */
import { describe, expect, it } from 'vitest';
import { readAcceptedScores, regressions } from '../../src/eval/accepted.js';
import { extractCorpus, readCorpus } from '../../src/eval/corpus.js';
import { scoreGraph } from '../../src/eval/score.js';
import { formatTable } from '../../src/eval/table.js';

describe('extraction quality on the development corpus', () => {
  const accepted = readAcceptedScores();
  const corpus = readCorpus();
  const graph = extractCorpus(corpus, ['train', 'test']);

  for (const split of ['train', 'test'] as const) {
    it(`does not regress below the accepted ${split} scores`, () => {
      const result = scoreGraph(graph, corpus.gold[split], { verbose: false });
      const problems = regressions(result.rows, accepted[split]);
      expect(problems, `${problems.join('\n')}\n\n${formatTable(result)}`).toEqual([]);
    });
  }
});
