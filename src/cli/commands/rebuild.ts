/**
 * `kg rebuild`: extracts every stored document again from its stored text with the current
 * extractor and writes the changed ones back (src/load/rebuild.ts). Exit code 1 when a document
 * could not be rebuilt (the others were).
 */
import { InputError } from '../../errors.js';
import { formatLoadSummary } from '../../load/load-service.js';
import { rebuildStore } from '../../load/rebuild.js';
import { withStore } from '../store-access.js';

export async function run(args: string[]): Promise<number> {
  const unknown = args[0];
  if (unknown !== undefined)
    throw new InputError(`rebuild: takes no arguments, not ${JSON.stringify(unknown.slice(0, 200))}`);
  const { summary, failures } = await withStore((store) => rebuildStore(store));
  console.log(formatLoadSummary(summary).join('\n'));
  for (const failure of failures) console.error(`kg: ${failure.file}: not rebuilt: ${failure.message}`);
  return failures.length > 0 ? 1 : 0;
}
