/** `kg delete <document id|file>`: removes a document and what only it supports. */
import { basename } from 'node:path';
import { deleteDocument, DocumentNotFoundError } from '../../store/delete.js';
import { withStore } from '../store-access.js';
import { UserError } from '../user-error.js';

export async function run(args: string[]): Promise<number> {
  if (args.length !== 1 || !args[0]) throw new UserError('delete: give one document id (doc:…) or file name');
  const arg = args[0];
  // Documents are stored under their base name; a path to the file works too.
  const key = arg.startsWith('doc:') ? arg : basename(arg);
  const deleted = await withStore(async ({ driver, database }) => {
    try {
      return await deleteDocument(driver, key, { database });
    } catch (error) {
      if (error instanceof DocumentNotFoundError) throw new UserError(`delete: ${error.message}`);
      throw error;
    }
  });
  console.log(`deleted ${deleted.id} (${deleted.file})`);
  return 0;
}
