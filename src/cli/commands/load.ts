/**
 * `kg load <files|dirs|graph.json>...`: writes documents and graph JSON into Neo4j through the load
 * service (src/load/load-service.ts), with a progress bar for long loads. Exit code 1 when a
 * document could not be read (the others were loaded).
 */
import cliProgress from 'cli-progress';
import { InputError } from '../../errors.js';
import { formatLoadSummary, loadPaths } from '../../load/load-service.js';
import { withStore } from '../store-access.js';

/** Above this many documents a progress report is shown even when stderr is not a terminal. */
const MANY_DOCUMENTS = 50;

export async function run(args: string[]): Promise<number> {
  const quiet = args.includes('--quiet');
  const { transactionWrites, rest } = takeTransactionWrites(args.filter((a) => a !== '--quiet'));
  const paths = rest;
  const unknown = paths.find((a) => a.startsWith('--'));
  if (unknown) throw new InputError(`load: unknown option ${unknown}`);
  if (paths.length === 0) throw new InputError('load: give document files, directories or graph JSON files');

  let bar: cliProgress.SingleBar | undefined;
  const onProgress = (done: number, total: number) => {
    if (quiet || (!process.stderr.isTTY && total < MANY_DOCUMENTS)) return;
    bar ??= progressBar(total);
    bar.update(done);
  };
  const { summary, failures } = await withStore(async (store) => {
    try {
      return await loadPaths(store, paths, { onProgress, transactionWrites });
    } finally {
      bar?.stop();
    }
  });
  console.log(formatLoadSummary(summary).join('\n'));
  for (const failure of failures) console.error(`kg: ${failure.file}: not loaded: ${failure.message}`);
  return failures.length > 0 ? 1 : 0;
}

/** `--transaction-writes N`: writes per transaction (1 = one document per transaction). */
function takeTransactionWrites(args: string[]): { transactionWrites?: number; rest: string[] } {
  const i = args.indexOf('--transaction-writes');
  if (i < 0) return { rest: args };
  const raw = args[i + 1] ?? '';
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1) {
    throw new InputError(
      `load: --transaction-writes needs a positive whole number, not ${JSON.stringify(raw.slice(0, 200))}`,
    );
  }
  return { transactionWrites: value, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
}

function progressBar(total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'loading [{bar}] {value}/{total} documents  {percentage}%  {duration}s',
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
