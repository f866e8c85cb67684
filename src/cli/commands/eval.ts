/**
 * `npm run kg -- eval [--gold test/gold] [--verbose] [--json] [--accept] [graph.json]`
 *
 * Scores a graph JSON against the gold annotations and prints the same table as the shared reference
 * scorer. Without a graph file it extracts seeds/ first (no database needed). `--accept` records the
 * scores as the new floor for the quality regression test (test/accepted-scores.json).
 */
import { readFileSync } from 'node:fs';
import type { GraphJson } from '../../model/graph-json.js';
import { InputError } from '../../errors.js';
import {
  ACCEPTED_SCORES_FILE,
  acceptedFrom,
  readAcceptedScoresIfAny,
  regressions,
  writeAcceptedScores,
} from '../../eval/accepted.js';
import { loadGoldSets } from '../../eval/gold.js';
import { scoreGraph } from '../../eval/score.js';
import { formatTable } from '../../eval/table.js';

const DEFAULT_GOLD = 'test/gold';
const FLAGS = new Set(['--verbose', '--json', '--accept']);

interface EvalArgs {
  gold: string;
  graph: string | null;
  verbose: boolean;
  json: boolean;
  accept: boolean;
}

function parseArgs(args: string[]): EvalArgs {
  const parsed: EvalArgs = { gold: DEFAULT_GOLD, graph: null, verbose: false, json: false, accept: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--gold') {
      const dir = args[++i];
      if (!dir) throw new InputError('eval: --gold needs a folder');
      parsed.gold = dir;
    } else if (arg.startsWith('--gold=')) {
      parsed.gold = arg.slice('--gold='.length);
    } else if (FLAGS.has(arg)) {
      parsed[arg.slice(2) as 'verbose' | 'json' | 'accept'] = true;
    } else if (arg.startsWith('-')) {
      throw new InputError(`eval: unknown option ${arg} (options: --gold dir, --verbose, --json, --accept)`);
    } else if (parsed.graph) {
      throw new InputError(`eval: one graph file at most (got ${parsed.graph} and ${arg})`);
    } else {
      parsed.graph = arg;
    }
  }
  return parsed;
}

function readGraph(path: string): GraphJson {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`eval: cannot read graph file ${path}`);
  }
  let graph: Partial<GraphJson>;
  try {
    graph = JSON.parse(text) as Partial<GraphJson>;
  } catch (error) {
    throw new InputError(`eval: ${path} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(graph.documents) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new InputError(`eval: ${path} is not a graph JSON (needs documents, nodes and edges arrays)`);
  }
  return graph as GraphJson;
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const gold = loadGoldSets(options.gold);
  if (gold.length === 0) throw new InputError(`eval: no gold files (*.json) in ${options.gold}`);
  let graph: GraphJson;
  if (options.graph) {
    graph = readGraph(options.graph);
  } else {
    // Imported here so that scoring a given graph file does not load the extractor.
    const { extractDirectory, SEED_DIR } = await import('../../eval/extraction.js');
    console.error(`eval: extracting ${SEED_DIR}/ …`);
    graph = await extractDirectory(SEED_DIR);
  }
  const result = scoreGraph(graph, gold, { verbose: options.verbose });
  console.log(options.json ? JSON.stringify(result, null, 1) : formatTable(result, options.verbose));
  if (options.accept) {
    const previous = readAcceptedScoresIfAny();
    const lowered = previous ? regressions(result.rows, previous) : [];
    // Lowering the floor is allowed (the gold may have been corrected), but never silently.
    for (const line of lowered) console.error(`eval: warning: lowering the accepted floor: ${line}`);
    writeAcceptedScores(acceptedFrom(result.rows, options.gold));
    console.error(`eval: accepted these scores as the new floor (${ACCEPTED_SCORES_FILE})`);
  }
  return 0;
}
