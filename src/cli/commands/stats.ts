/** `kg stats [--json]`: counts per label and relationship type. */
import { formatStats, graphStats } from '../../store/stats.js';
import { withStore } from '../store-access.js';
import { InputError } from '../../errors.js';

export async function run(args: string[]): Promise<number> {
  const unknown = args.find((a) => a !== '--json');
  if (unknown) throw new InputError(`stats: unknown argument ${unknown}`);
  const stats = await withStore(({ driver, database }) => graphStats(driver, { database }));
  console.log(args.includes('--json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}
