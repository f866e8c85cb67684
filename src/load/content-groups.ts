/**
 * Files with identical content are one document (its id is the content's hash): they are grouped
 * before extraction, so that the document is extracted once and records every name — rather than the
 * second file replacing the first on every load, or being dropped without a word.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface ContentGroup {
  /** The file extracted: the first of the group in the order given. */
  path: string;
  /** Base names of every file with this content, the extracted one first. */
  files: string[];
}

/** Pure but for reading the files; an unreadable file is a group of its own (its read fails later). */
export function groupByContent(paths: readonly string[]): ContentGroup[] {
  const groups: ContentGroup[] = [];
  const byHash = new Map<string, ContentGroup>();
  for (const path of paths) {
    let hash: string | undefined;
    try {
      hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      hash = undefined;
    }
    const same = hash === undefined ? undefined : byHash.get(hash);
    if (same) {
      same.files.push(basename(path));
      continue;
    }
    const group = { path, files: [basename(path)] };
    groups.push(group);
    if (hash !== undefined) byHash.set(hash, group);
  }
  return groups;
}

/** The names to record on the document: only when there are several. */
export function recordedFiles(group: ContentGroup): { files?: string[] } {
  return group.files.length > 1 ? { files: group.files } : {};
}
