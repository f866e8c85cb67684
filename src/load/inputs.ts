/**
 * What `kg load` and `npm start` are given, read and checked before anything is written.
 *
 * `*.json` paths are graph JSON made earlier (by `kg extract` or `kg export`), read and checked here;
 * other files, and the files inside directories, are documents, listed here and extracted while the
 * load runs (document-stream.ts). A bad graph JSON file, or a path that does not exist, refuses the
 * whole load (InputError naming the file, the item and the reason); a document that cannot be read is
 * a per-file failure and the others go through.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { GraphJson } from '../model/graph-json.js';
import { InvalidGraphError, validateGraph } from '../store/validate.js';
import { findDocumentTexts } from './document-texts.js';

/** Graphs to write together, with the decoded texts of their documents (for passages). */
export interface LoadInput {
  source: string;
  graphs: GraphJson[];
  texts: Map<string, string>;
}

/** A document that was not loaded, and why (its message names the file). */
export interface FileFailure {
  file: string;
  message: string;
}

export function readLoadInputs(paths: readonly string[]): { inputs: LoadInput[]; documentFiles: string[] } {
  const { graphFiles, documentFiles, dirs } = classify(paths);
  const inputs = graphFiles.map((file): LoadInput => {
    const graph = readGraphFile(file);
    return { source: file, graphs: [graph], texts: findDocumentTexts(graph, [dirname(file), ...dirs]) };
  });
  return { inputs, documentFiles };
}

function classify(paths: readonly string[]): {
  graphFiles: string[];
  documentFiles: string[];
  dirs: string[];
} {
  const graphFiles: string[] = [];
  const documentFiles: string[] = [];
  const dirs: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InputError(`${path}: no such file or directory`);
    }
    if (isDir) {
      dirs.push(path);
      for (const name of readdirSync(path).sort()) {
        const file = join(path, name);
        // JSON files in a directory (manifest.json among them) are not documents
        if (name.startsWith('.') || name.endsWith('.json')) continue;
        if (statSync(file).isFile()) documentFiles.push(file);
      }
    } else if (path.endsWith('.json')) {
      graphFiles.push(path);
    } else {
      documentFiles.push(path);
    }
  }
  return { graphFiles, documentFiles, dirs };
}

function readGraphFile(file: string): GraphJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: not readable as JSON (${(error as Error).message})`);
  }
  try {
    return validateGraph(parsed, file);
  } catch (error) {
    if (error instanceof InvalidGraphError) {
      throw new InputError(`${error.message}\nnothing was written`, { file, problems: error.problems });
    }
    throw error;
  }
}
