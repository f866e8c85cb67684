/** `kg delete <document id|file>`: removes a document and what only it supports. */
import { basename } from 'node:path';
import { deleteDocument } from '../../store/delete.js';
import { withStore } from '../store-access.js';
import { InputError } from '../../errors.js';

export async function run(args: string[]): Promise<number> {
  if (args.length !== 1 || !args[0])
    throw new InputError('delete: give one document id (doc:…) or file name');
  const arg = args[0];
  // Documents are stored under their base name; a path to the file works too.
  const key = arg.startsWith('doc:') ? arg : basename(arg);
  // A missing document is the store's DocumentNotFoundError, reported like any expected error.
  const deleted = await withStore(({ driver, database }) => deleteDocument(driver, key, { database }));
  console.log(`deleted ${deleted.id} (${deleted.file})`);
  return 0;
}
