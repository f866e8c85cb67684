/**
 * What `kg load` and `npm start` are given, read and checked before anything is written.
 *
 * `*.json` paths are graph JSON made earlier (by `kg extract` or `kg export`); other files, and the
 * files inside directories, are documents, extracted here. A bad graph JSON file, or a path that does
 * not exist, refuses the whole load (InputError naming the file, the item and the reason); a document
 * that cannot be read is a per-file failure and the others go through.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSources } from '../../loaders/index.js';
import { InputError } from '../errors.js';
import type { GraphJson } from '../model/graph-json.js';
import { InvalidGraphError, validateGraph } from '../store/validate.js';
import { findDocumentTexts } from './document-texts.js';
import { extractDocument, isFailure } from './extract-document.js';

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

export function readLoadInputs(paths: readonly string[]): { inputs: LoadInput[]; failures: FileFailure[] } {
  const { graphFiles, documentFiles, dirs } = classify(paths);
  const inputs = graphFiles.map((file): LoadInput => {
    const graph = readGraphFile(file);
    return { source: file, graphs: [graph], texts: findDocumentTexts(graph, [dirname(file), ...dirs]) };
  });
  const failures: FileFailure[] = [];
  if (documentFiles.length > 0) {
    const extracted = extractDocuments(documentFiles);
    inputs.push(extracted.input);
    failures.push(...extracted.failures);
  }
  return { inputs, failures };
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

/**
 * Runs the extractor over document files, one document at a time: a node the extractor found but
 * tied to no fact (no edge) is then still known to belong to that document, and is stored as
 * mentioned by it. (In a graph JSON of several documents such a node has no evidence of its
 * document; the writer skips it.) A file that cannot be read is reported, not loaded; an extractor
 * bug stops the load (an internal error from extractDocument).
 */
function extractDocuments(files: string[]): { input: LoadInput; failures: FileFailure[] } {
  const { sources, unreadable } = readSources(files);
  const graphs: GraphJson[] = [];
  const texts = new Map<string, string>();
  const failures: FileFailure[] = [...unreadable];
  for (const source of sources) {
    const extracted = extractDocument(source);
    if (isFailure(extracted)) {
      failures.push({ file: extracted.file, message: extracted.message });
      continue;
    }
    graphs.push(extracted.graph);
    texts.set(extracted.graph.documents[0]!.id, extracted.text);
  }
  const source = files.length === 1 ? files[0]! : `${files.length} documents`;
  return { input: { source, graphs, texts }, failures };
}
