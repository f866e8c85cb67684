/**
 * Numbered tasks and measures as projects (guide §2): an item of a task table, a policy's measure, a
 * sub-item of a task, or any numbered item that has units of its own. A heading that only groups
 * items is none, and neither are the numbered themes of a work report or bulletin.
 *
 * A task's name is its heading phrase (up to its first full stop, when short), else its first
 * clause; the full first sentence is a variant.
 */
import type { Genre, ProjectKind } from '../../src/model/graph-json.js';
import type { TextSpan } from '../segment/spans.js';
import type { DocumentStructure, NumberedItem } from './structure.js';

export interface Task extends TextSpan {
  item: NumberedItem;
  /** Span of the name (heading phrase or first clause). */
  nameSpan: TextSpan;
  name: string;
  /** The first sentence, when longer than the name. */
  variants: string[];
  kind: ProjectKind;
  /** The task this one is a sub-item of. */
  parent: Task | null;
}

const TASK_GENRES: readonly Genre[] = ['TASK_TABLE', 'POLICY'];
/** A numbered line that reports what was done (1.3月23日…, 2.已起草…) is progress, not a task. */
const PROGRESS = /^(?:\d{1,2}月|\d{4}年\d|截至|截止|目前|已|经|于\d)/u;

export function recogniseTasks(text: string, structure: DocumentStructure, genre: Genre): Task[] {
  const withUnits = (item: NumberedItem): boolean =>
    structure.unitLists.some((u) => u.start >= item.start && u.end <= item.end + 1);
  const tasks: Task[] = [];
  for (const item of structure.items) {
    if (item.grouping || item.level === 5) continue;
    if (!TASK_GENRES.includes(genre) && !withUnits(item) && item.level !== 6) continue;
    const name = cleanName(text.slice(item.headline.start, item.headline.end));
    if (name.length < 4 || PROGRESS.test(name.replace(/^\d{1,2}[.、]/u, ''))) continue;
    const parent =
      [...tasks]
        .reverse()
        .find((t) => t.item.level < item.level && t.start <= item.start && t.end >= item.end) ?? null;
    const sentenceEnd = text.slice(item.marker.end, item.end).search(/[。;]/u);
    const sentence = cleanName(
      text.slice(item.marker.end, sentenceEnd < 0 ? item.end : item.marker.end + sentenceEnd),
    );
    tasks.push({
      start: item.start,
      end: item.end,
      item,
      nameSpan: item.headline,
      name,
      variants: sentence !== name && sentence.length <= 120 ? [sentence] : [],
      kind: genre === 'POLICY' ? 'MEASURE' : 'PROGRAM',
      parent,
    });
  }
  return tasks;
}

function cleanName(s: string): string {
  return s.replace(/\s+/gu, '').replace(/[。;,:]+$/u, '');
}
