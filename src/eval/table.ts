/**
 * The score table, formatted exactly as the reference scorer prints it, so the two outputs can be
 * compared by eye (and by diff).
 */
import type { ScoreResult, ScoreRow } from './score.js';

export const TABLE_HEADER = 'kind               tp    fp    fn   prec  recall  f1';
export const TABLE_FOOTER =
  '(precision is not measured for agency_mentions, funding_kind and project_places)';

export function formatRow(r: ScoreRow): string {
  return (
    `${r.kind.padEnd(17)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}` +
    `  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`
  );
}

/** The table lines; with `verbose`, the misses come first, as in the reference. */
export function formatTable(result: ScoreResult, verbose = false): string {
  const lines = verbose ? [...result.misses] : [];
  lines.push(TABLE_HEADER, ...result.rows.map(formatRow), TABLE_FOOTER);
  return lines.join('\n');
}
