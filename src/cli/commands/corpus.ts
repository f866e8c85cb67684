/**
 * `npm run kg -- corpus check [corpus dir]`  checks every gold file of the development corpus
 * `npm run kg -- corpus agree A.json B.json [--verbose]`  scores annotation A against annotation B
 *
 * The corpus is `test/corpus/` (docs/, gold/, split.json); see test/corpus/README.md.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../errors.js';
import { checkGold, type CorpusGold } from '../../eval/gold-check.js';
import { goldAsGraph } from '../../eval/gold-graph.js';
import { parseGoldSet } from '../../eval/gold.js';
import { scoreGraph } from '../../eval/score.js';
import { formatTable } from '../../eval/table.js';

export const CORPUS_DIR = 'test/corpus';

function readGold(path: string): CorpusGold {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`corpus: cannot read ${path}`);
  }
  return parseGoldSet(json, path) as CorpusGold;
}

/** The document a gold file annotates: next to it in ../docs, or in seeds/. */
function documentText(goldPath: string, gold: CorpusGold): string {
  const candidates = [join(dirname(goldPath), '..', 'docs', gold.doc), join('seeds', gold.doc)];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new InputError(`corpus: ${goldPath}: document ${gold.doc} not found in ${candidates.join(' or ')}`);
  return readFileSync(found, 'utf8');
}

function check(dir: string): number {
  const goldDir = join(dir, 'gold');
  let files: string[];
  try {
    files = readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    throw new InputError(`corpus: cannot read ${goldDir}`);
  }
  let failed = 0;
  for (const file of files) {
    const path = join(goldDir, file);
    const gold = readGold(path);
    const problems = checkGold(gold, documentText(path, gold));
    if (problems.length) failed++;
    for (const p of problems) console.log(`${file}: ${p}`);
  }
  console.error(`corpus: ${files.length - failed}/${files.length} gold files pass`);
  return failed ? 1 : 0;
}

function agree(args: string[]): number {
  const verbose = args.includes('--verbose');
  const [a, b] = args.filter((x) => !x.startsWith('--'));
  if (!a || !b)
    throw new InputError('corpus agree: needs two gold files (the reading to score, then the reference)');
  const mine = readGold(a);
  const reference = readGold(b);
  if (basename(mine.doc) !== basename(reference.doc))
    throw new InputError(`corpus agree: ${a} annotates ${mine.doc} but ${b} annotates ${reference.doc}`);
  const graph = goldAsGraph(mine, documentText(b, reference));
  console.log(formatTable(scoreGraph(graph, [reference], { verbose }), verbose));
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return check(rest[0] ?? CORPUS_DIR);
  if (sub === 'agree') return agree(rest);
  throw new InputError('corpus: use `corpus check [dir]` or `corpus agree A.json B.json [--verbose]`');
}
