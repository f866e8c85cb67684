/**
 * `kg extract <files|dirs> [--out graph.json]`: documents → graph JSON (no database).
 *
 * Directories are read (not recursively) in name order; a `manifest.json` next to the documents
 * gives their metadata (title, issuer, date, jurisdiction, genre). The graph goes to stdout unless
 * --out is given; logs go to stderr. A file that cannot be read is reported by name, the others
 * still go through, and the exit code is 1; an extractor bug stops the command (internal error).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, readSources } from '../../../loaders/index.js';
import { groupByContent, recordedFiles } from '../../load/content-groups.js';
import { extractReadable } from '../../load/extract-document.js';
import { InputError } from '../../errors.js';

function inputFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        if (f === MANIFEST || f.startsWith('.')) continue;
        const full = join(p, f);
        if (statSync(full).isFile()) files.push(full);
      }
    } else files.push(p);
  }
  return files;
}

export async function run(args: string[]): Promise<number> {
  let out: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out' || a === '-o') {
      out = args[++i];
      if (!out) throw new InputError('extract: --out needs a file name');
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-')) throw new InputError(`extract: unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new InputError('extract: give at least one file or directory');

  const started = Date.now();
  // Identical files are one document with every name (its id is the content's hash).
  const groups = groupByContent(inputFiles(paths));
  const { sources, unreadable } = readSources(groups.map((g) => g.path));
  const extraction = extractReadable(sources);
  const graph = extraction.graph;
  const byFile = new Map(groups.map((g) => [g.files[0]!, g]));
  for (const document of graph.documents) {
    const group = byFile.get(document.file);
    if (group) Object.assign(document, recordedFiles(group));
    if (document.files) {
      console.error(
        `kg extract: ${document.files.join(', ')}: identical content, one document ${document.id}`,
      );
    }
  }
  const failures = [...unreadable, ...extraction.failures];
  for (const f of failures) {
    console.error(
      `kg extract: ${f.message.startsWith(f.file) || f.message.includes(`${f.file}:`) ? f.message : `${f.file}: ${f.message}`}`,
    );
  }
  const json = JSON.stringify(graph, null, 1);
  if (out) writeFileSync(out, json + '\n');
  else process.stdout.write(json + '\n');
  const total = groups.reduce((n, g) => n + g.files.length, 0);
  const read = total - failures.length;
  console.error(
    `kg extract: ${read}/${total} files, ${graph.documents.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges in ${Date.now() - started} ms${out ? ` → ${out}` : ''}`,
  );
  return failures.length ? 1 : 0;
}
