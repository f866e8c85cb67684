/**
 * `npm run eval [-- --split train|test] [--verbose] [--json] [--accept]`
 *   extracts the development corpus (test/corpus, no manifest) and scores it against its gold, train
 *   and test separately, with roles F1 per genre where a genre has at least three test documents.
 *   `--verbose` lists every miss and extra (with the rules behind each extra) of ONE split, train
 *   unless `--split test` is given: rules are written by reading train; test is only ever scored.
 *   `--accept` records both splits' scores as the quality floor (test/accepted-scores.json).
 * `npm run eval -- --gold DIR [graph.json]`
 *   scores a graph (default: the extraction of seeds/, with its manifest) against a gold folder.
 */
import { readFileSync } from 'node:fs';
import type { GraphJson } from '../../model/graph-json.js';
import { InputError } from '../../errors.js';
import {
  ACCEPTED_SCORES_FILE,
  floorFrom,
  readAcceptedScoresIfAny,
  regressions,
  writeAcceptedScores,
} from '../../eval/accepted.js';
import { extractCorpus, readCorpus, type Split } from '../../eval/corpus.js';
import type { CorpusGold } from '../../eval/gold-check.js';
import { loadGoldSets } from '../../eval/gold.js';
import { scoreGraph, type ScoreResult } from '../../eval/score.js';
import { formatTable } from '../../eval/table.js';

interface EvalArgs {
  gold: string | null;
  graph: string | null;
  split: Split | null;
  verbose: boolean;
  json: boolean;
  accept: boolean;
}

function parseArgs(argv: string[]): EvalArgs {
  // --gold=DIR and --gold DIR alike
  const args = argv.flatMap((a) =>
    /^--(gold|split)=/u.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  const parsed: EvalArgs = {
    gold: null,
    graph: null,
    split: null,
    verbose: false,
    json: false,
    accept: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--gold' || arg === '--split') {
      const value = args[++i];
      if (!value) throw new InputError(`eval: ${arg} needs a value`);
      if (arg === '--gold') parsed.gold = value;
      else if (value === 'train' || value === 'test') parsed.split = value;
      else throw new InputError(`eval: --split is train or test, not ${value}`);
    } else if (arg === '--verbose' || arg === '--json' || arg === '--accept') {
      parsed[arg.slice(2) as 'verbose' | 'json' | 'accept'] = true;
    } else if (arg.startsWith('-')) {
      throw new InputError(
        `eval: unknown option ${arg} (options: --split train|test, --verbose, --json, --accept, --gold dir)`,
      );
    } else if (parsed.graph) {
      throw new InputError(`eval: one graph file at most (got ${parsed.graph} and ${arg})`);
    } else parsed.graph = arg;
  }
  return parsed;
}

function readGraph(path: string): GraphJson {
  let graph: Partial<GraphJson>;
  try {
    graph = JSON.parse(readFileSync(path, 'utf8')) as Partial<GraphJson>;
  } catch (error) {
    throw new InputError(`eval: cannot read graph file ${path} (${(error as Error).message})`);
  }
  if (!Array.isArray(graph.documents) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    throw new InputError(`eval: ${path} is not a graph JSON (needs documents, nodes and edges arrays)`);
  return graph as GraphJson;
}

async function scoreFolder(options: EvalArgs & { gold: string }): Promise<number> {
  const gold = loadGoldSets(options.gold);
  if (gold.length === 0) throw new InputError(`eval: no gold files (*.json) in ${options.gold}`);
  let graph: GraphJson;
  if (options.graph) graph = readGraph(options.graph);
  else {
    const { extractDirectory } = await import('../../eval/extraction.js');
    graph = await extractDirectory('seeds');
  }
  const result = scoreGraph(graph, gold, { verbose: options.verbose, showRules: true });
  console.log(options.json ? JSON.stringify(result, null, 1) : formatTable(result, options.verbose));
  return 0;
}

/** Roles F1 per genre, for genres with at least three documents in the split. */
function rolesByGenre(graph: GraphJson, gold: readonly CorpusGold[]): string[] {
  const genres = [...new Set(gold.map((g) => g.genre ?? 'OTHER'))].sort();
  return genres.flatMap((genre) => {
    const sets = gold.filter((g) => (g.genre ?? 'OTHER') === genre);
    if (sets.length < 3) return [];
    const roles = scoreGraph(graph, sets, { verbose: false }).rows.find((r) => r.kind === 'roles')!;
    return [
      `${genre.padEnd(12)} ${String(sets.length).padStart(3)} docs  roles P ${roles.precision.toFixed(3)} R ${roles.recall.toFixed(3)} F1 ${roles.f1.toFixed(3)}`,
    ];
  });
}

async function scoreCorpus(options: EvalArgs): Promise<number> {
  const corpus = readCorpus();
  const splits: Split[] = options.split ? [options.split] : ['train', 'test'];
  const graph = extractCorpus(corpus, splits);
  const results: Partial<Record<Split, ScoreResult>> = {};
  for (const split of splits) {
    const verbose = options.verbose && (options.split === split || (!options.split && split === 'train'));
    const result = scoreGraph(graph, corpus.gold[split], { verbose, showRules: true });
    results[split] = result;
    if (options.json) continue;
    console.log(`\n== ${split} (${corpus.gold[split].length} documents)`);
    console.log(formatTable(result, verbose));
    const genres = rolesByGenre(graph, corpus.gold[split]);
    if (genres.length) console.log(`\nroles by genre (${split}):\n${genres.join('\n')}`);
  }
  if (options.json) console.log(JSON.stringify(results, null, 1));
  if (options.accept) accept(results);
  return 0;
}

function accept(results: Partial<Record<Split, ScoreResult>>): void {
  if (!results.train || !results.test) throw new InputError('eval: --accept needs both splits (no --split)');
  const previous = readAcceptedScoresIfAny();
  const now = new Date();
  for (const split of ['train', 'test'] as const) {
    const was = previous?.[split];
    for (const line of was ? regressions(results[split]!.rows, was) : [])
      console.error(`eval: warning: lowering the accepted ${split} floor: ${line}`);
  }
  writeAcceptedScores({
    acceptedAt: now.toISOString(),
    train: floorFrom(results.train.rows),
    test: floorFrom(results.test.rows),
  });
  console.error(`eval: accepted these scores as the new floor (${ACCEPTED_SCORES_FILE})`);
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (options.gold) return scoreFolder({ ...options, gold: options.gold });
  if (options.graph) throw new InputError('eval: a graph file needs --gold DIR to score it against');
  return scoreCorpus(options);
}
