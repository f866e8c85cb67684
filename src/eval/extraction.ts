/**
 * The extraction the scorer measures: the loaders' pipeline run over a folder of documents (by
 * default seeds/), in file-name order.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractFiles } from '../../loaders/index.js';
import type { GraphJson } from '../model/graph-json.js';
import { InputError } from '../errors.js';

export const SEED_DIR = 'seeds';

/** Document files of a folder: regular files, no dot-files, no JSON (e.g. a manifest), sorted. */
export function documentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new InputError(`${dir}: cannot read the document folder`);
  }
  return names
    .filter((f) => !f.startsWith('.') && !f.endsWith('.json'))
    .map((f) => join(dir, f))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** The graph of a folder; a document the extractor refuses is an error (it would quietly lower the scores). */
export async function extractDirectory(dir = SEED_DIR): Promise<GraphJson> {
  const { graph, failures } = extractFiles(documentFiles(dir));
  if (failures.length) throw new InputError(failures.map((f) => f.message).join('; '));
  return graph;
}
