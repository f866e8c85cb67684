/**
 * Name matching between extracted nodes and gold annotations.
 *
 * These are the rules of the shared reference scorer (test/reference/eval-graph.mjs, vendored from
 * the task's tools/eval-graph.mjs), transcribed one for one: the project's numbers are only
 * comparable with the reference's if every normalisation, threshold and tie rule is the same, so do
 * not "improve" them here. test/unit/eval/reference-parity.test.ts checks both give the same table.
 */

/** Agency identity: official names modulo quotes, brackets and the usual long/short word forms. */
export function agencyKey(name: string): string {
  return name
    .replace(/[\s“”"'‘’《》()（）·]/g, '')
    .replace(/人民政府/g, '政府')
    .replace(/管理委员会/g, '管委会')
    .replace(/执行委员会/g, '执委会')
    .replace(/和/g, '');
}

/** Drops white space, quotes, brackets and list punctuation before comparing project or place names. */
export function plain(name: string): string {
  return name.replace(/[\s“”"'‘’《》()（）「」·、,，。]/g, '');
}

function bigrams(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const pair = s.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams (UTF-16 code units, as the reference). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigramsA = bigrams(a);
  const bigramsB = bigrams(b);
  let shared = 0;
  for (const [pair, count] of bigramsA) shared += Math.min(count, bigramsB.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/**
 * Project identity: some name of A and some name of B are equal after `plain`, or the shorter (≥ 4
 * characters, ≥ half the longer) is contained in the longer, or their bigram dice is ≥ 0.6.
 */
export function similar(namesA: readonly string[], namesB: readonly string[]): boolean {
  for (const a of namesA) {
    for (const b of namesB) {
      const x = plain(a);
      const y = plain(b);
      if (!x || !y) continue;
      if (x === y) return true;
      const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
      if (shorter.length >= 4 && longer.includes(shorter) && shorter.length / longer.length >= 0.5)
        return true;
      if (dice(x, y) >= 0.6) return true;
    }
  }
  return false;
}

/**
 * Place identity: a node name equals the gold place, or contains it without its level suffix
 * (市/区/县/镇/街道/村, at least 2 characters left), or is dice-similar (≥ 0.6).
 */
export function placeLike(names: readonly string[], goldName: string): boolean {
  const goldPlain = plain(goldName);
  const stem = goldPlain.replace(/(市|区|县|镇|街道|村)$/, '');
  return names.some((name) => {
    const p = plain(name);
    return p === goldPlain || (stem.length >= 2 && p.includes(stem)) || dice(p, goldPlain) >= 0.6;
  });
}
