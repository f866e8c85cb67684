/**
 * Node ids, stable across runs and documents (docs/graph-json.md). The same body named in two
 * documents is one node (its canonical name); a project is one node per jurisdiction: the same task
 * wording in two cities' documents is two projects, unless its name states a wider scope (a province
 * or the nation: 广东省能源发展“十四五”规划, 国家…).
 */
import { createHash } from 'node:crypto';

export function documentId(text: string): string {
  return `doc:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

/** Project names are compared without spaces, quotes and book-title marks. */
export function projectKey(name: string): string {
  return name.replace(/[\s“”"'‘’《》「」]/gu, '');
}

export function projectId(scope: string, name: string): string {
  return `project:${scope || '-'}:${projectKey(name)}`;
}

export function personId(name: string, jurisdiction: string): string {
  // a name alone is ambiguous across places; the title changes with time, so it is not in the id
  return `person:${jurisdiction}:${name}`;
}

export function fundingId(docId: string, target: string, yuan: number, kind: string): string {
  // the same amount for the same target stated twice in a document (headline and body) is one fact
  return `funding:${docId.slice(4)}:${createHash('sha256').update(`${target}|${yuan}|${kind}`).digest('hex').slice(0, 12)}`;
}
