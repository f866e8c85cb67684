/**
 * `kg extract <files|dirs> [--out graph.json]`: documents → graph JSON (no database).
 *
 * Directories are read (not recursively) in name order; a `manifest.json` next to the documents
 * gives their metadata (title, issuer, date, jurisdiction, genre). The graph goes to stdout unless
 * --out is given; logs go to stderr. A file that cannot be read or extracted is reported by name,
 * the others still go through, and the exit code is 1.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractGraph, type SourceDocument } from '../../../loaders/pipeline.js';
import type { DocumentMetadata } from '../../../loaders/recognise/document-metadata.js';
import { UserError } from '../user-error.js';

const MANIFEST = 'manifest.json';

function readManifest(dir: string): Record<string, Partial<DocumentMetadata>> {
  const path = join(dir, MANIFEST);
  try {
    statSync(path);
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
      documents?: Record<string, Partial<DocumentMetadata>>;
    };
    return parsed.documents ?? {};
  } catch (error) {
    throw new UserError(
      `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function inputFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`${p}: no such file or directory`);
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
      if (!out) throw new UserError('--out needs a file name');
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-')) throw new UserError(`extract: unknown option ${a}`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UserError('extract: give at least one file or directory');

  const manifests = new Map<string, Record<string, Partial<DocumentMetadata>>>();
  const sources: SourceDocument[] = [];
  const unreadable: string[] = [];
  for (const file of inputFiles(paths)) {
    const dir = dirname(file);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    try {
      const metadata = manifests.get(dir)?.[basename(file)];
      sources.push({ file: basename(file), bytes: readFileSync(file), ...(metadata ? { metadata } : {}) });
    } catch (error) {
      unreadable.push(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const started = Date.now();
  const { graph, failures } = extractGraph(sources);
  for (const m of unreadable) console.error(`kg extract: ${m}`);
  for (const f of failures)
    console.error(`kg extract: ${f.message.startsWith(f.file) ? f.message : `${f.file}: ${f.message}`}`);
  const json = JSON.stringify(graph, null, 1);
  if (out) writeFileSync(out, json + '\n');
  else process.stdout.write(json + '\n');
  const ok = sources.length - failures.length;
  console.error(
    `kg extract: ${ok}/${sources.length + unreadable.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges in ${Date.now() - started} ms${out ? ` → ${out}` : ''}`,
  );
  return failures.length || unreadable.length ? 1 : 0;
}
