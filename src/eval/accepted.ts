/**
 * Accepted scores: the last quality level someone looked at and accepted. The quality regression
 * test fails when any kind drops below it; `npm run eval -- --accept` records the current level.
 *
 * The file holds one floor per split of the development corpus (train and test); it lives beside the
 * gold, not in it (test/accepted-scores.json): every *.json in the gold folder is read as a gold set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RECALL_ONLY_KINDS, type ScoreRow } from './score.js';

export const ACCEPTED_SCORES_FILE = 'test/accepted-scores.json';

/** Scores may fall this much (rounding noise) before it counts as a regression. */
export const SCORE_EPSILON = 0.001;

export type ScoreFloor = Record<string, { precision: number; recall: number; f1: number }>;

/** A floor from score rows. */
export function floorFrom(rows: readonly ScoreRow[]): ScoreFloor {
  return Object.fromEntries(
    rows.map((r) => [r.kind, { precision: r.precision, recall: r.recall, f1: r.f1 }]),
  );
}

/** The accepted floors of the corpus's two splits (scores of `npm run eval`). */
export interface AcceptedScores {
  acceptedAt: string;
  train: ScoreFloor;
  test: ScoreFloor;
}

export function readAcceptedScores(path = ACCEPTED_SCORES_FILE): AcceptedScores {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `no accepted scores at ${path}: run \`npm run eval -- --accept\` to record the current ones`,
    );
  }
  return JSON.parse(text) as AcceptedScores;
}

/** The accepted scores, or null when none were recorded yet. */
export function readAcceptedScoresIfAny(path = ACCEPTED_SCORES_FILE): AcceptedScores | null {
  return existsSync(path) ? readAcceptedScores(path) : null;
}

export function writeAcceptedScores(accepted: AcceptedScores, path = ACCEPTED_SCORES_FILE): void {
  writeFileSync(path, `${JSON.stringify(accepted, null, 2)}\n`);
}

/**
 * Every way `rows` fall short of `accepted`: F1 for every kind, and recall for the recall-only kinds
 * (whose precision is not measured). An accepted kind missing from `rows` is a regression too.
 */
export function regressions(
  rows: readonly ScoreRow[],
  accepted: ScoreFloor,
  epsilon = SCORE_EPSILON,
): string[] {
  const problems: string[] = [];
  for (const [kind, was] of Object.entries(accepted)) {
    const row = rows.find((r) => r.kind === kind);
    if (!row) {
      problems.push(`${kind}: no longer scored`);
      continue;
    }
    if (row.f1 < was.f1 - epsilon)
      problems.push(`${kind}: F1 ${row.f1.toFixed(3)} < accepted ${was.f1.toFixed(3)}`);
    if ((RECALL_ONLY_KINDS as readonly string[]).includes(kind) && row.recall < was.recall - epsilon) {
      problems.push(`${kind}: recall ${row.recall.toFixed(3)} < accepted ${was.recall.toFixed(3)}`);
    }
  }
  return problems;
}
