/**
 * Whether the text treats a named work as a project. A work merely named — a depot inspected, a
 * railway visited (对A、B等库点进行核查, 深入A、B进行调研) — states nothing about itself, so it gets
 * no LOCATED_IN; one the text builds, pushes, funds or lists as a project does.
 *
 * Treated as a project: the name says so (…项目, …工程, …二期); it is an item of an enumeration
 * of projects (A、B等项目); a work word comes right before it (建设X, 推进A、B — list items share the
 * word before the first) or right after it (X建设, X开工). Cue words: data/place-links.json.
 */
import cues from '../data/place-links.json' with { type: 'json' };
import type { ProjectMention } from '../recognise/projects.js';

const CLAUSE_BREAK = /[。;!?\n,:]/u;
const CALLED_PROJECT = /(项目|工程|[一二三四五六七八九十]期\)?)$/u;
const BEFORE = [...cues.workBefore].sort((a, b) => b.length - a.length);
const AFTER = cues.workAfter;
const LIST_MARKS = /[、和及与\s“”"]/gu;

export function treatedAsProject(
  clean: string,
  m: ProjectMention,
  /** Every project mention of the document (sorted by start), enumerations included. */
  mentions: readonly ProjectMention[],
): boolean {
  if (m.group || CALLED_PROJECT.test(m.name)) return true;
  if (mentions.some((g) => g.group && g !== m && g.start <= m.start && m.end <= g.end)) return true;
  if (AFTER.some((w) => clean.startsWith(w, m.end))) return true;
  // the words before it in its clause, other list items and list marks taken out
  let from = m.start;
  while (from > 0 && !CLAUSE_BREAK.test(clean[from - 1]!) && m.start - from < 80) from--;
  const chars = clean.slice(from, m.start).split('');
  for (const o of mentions) {
    if (o.end <= from || o.start >= m.start || o.group) continue;
    for (let i = Math.max(o.start, from); i < Math.min(o.end, m.start); i++) chars[i - from] = '';
  }
  const before = chars
    .join('')
    .replace(LIST_MARKS, '')
    .replace(/(在建|新建)?的$/u, '');
  return BEFORE.some((w) => before.endsWith(w));
}
