import { describe, expect, it } from 'vitest';
import { floorFrom, regressions } from '../../../src/eval/accepted.js';
import type { ScoreRow } from '../../../src/eval/score.js';

const row = (kind: ScoreRow['kind'], precision: number, recall: number, f1: number): ScoreRow => ({
  kind,
  tp: 0,
  fp: 0,
  fn: 0,
  precision,
  recall,
  f1,
});

describe('accepted scores', () => {
  const accepted = floorFrom([row('roles', 0.5, 0.5, 0.5), row('project_places', 1, 0.4, 0.571)]);

  it('passes at or above the floor, and within the epsilon below it', () => {
    expect(
      regressions([row('roles', 0.6, 0.45, 0.5), row('project_places', 1, 0.4, 0.571)], accepted),
    ).toEqual([]);
    expect(
      regressions([row('roles', 0.5, 0.5, 0.4995), row('project_places', 1, 0.5, 0.667)], accepted),
    ).toEqual([]);
  });

  it('reports an F1 drop, a recall drop of a recall-only kind, and a kind no longer scored', () => {
    expect(regressions([row('roles', 0.5, 0.5, 0.49)], accepted)).toEqual([
      'roles: F1 0.490 < accepted 0.500',
      'project_places: no longer scored',
    ]);
    expect(
      regressions([row('roles', 0.5, 0.5, 0.5), row('project_places', 1, 0.3, 0.571)], accepted),
    ).toEqual(['project_places: recall 0.300 < accepted 0.400']);
  });
});
