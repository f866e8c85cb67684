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
  const paths = args.filter((a) => a !== '--quiet');
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
      return await loadPaths(store, paths, { onProgress });
    } finally {
      bar?.stop();
    }
  });
  console.log(formatLoadSummary(summary).join('\n'));
  for (const failure of failures) console.error(`kg: ${failure.file}: not loaded: ${failure.message}`);
  return failures.length > 0 ? 1 : 0;
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
