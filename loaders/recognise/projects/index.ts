/**
 * Project recognition: each clause framed (frames.ts), then the project rules applied in order
 * (rules.ts). Returns mentions sorted by position, non-overlapping: a span one rule took is not
 * taken again.
 */
import type { Clause } from '../../segment/segment.js';
import type { TextSpan } from '../../segment/spans.js';
import type { AgencyMention } from '../agencies.js';
import { frameOf, type ClauseFrame } from './frames.js';
import { leftStops, verbs } from './lexicon.js';
import type { ProjectMention } from './mention.js';
import { namesIn } from './names.js';
import { FUNCTION_TAGS, wordsOf, type Word as TaggedWord } from '../../segment/words.js';
import { PROJECT_RULES } from './rules.js';

export type { ProjectMention, ProjectUse } from './mention.js';
export type { ClauseFrame, VerbUse } from './frames.js';

type Word = TaggedWord & { word: string };

const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9.()“”《》\-—·]/u;

export interface RecognisedProjects {
  mentions: ProjectMention[];
  frames: ClauseFrame[];
}

export function findProjects(
  text: string,
  clauses: readonly Clause[],
  agencies: readonly AgencyMention[],
): RecognisedProjects {
  const agencyAt = new Uint8Array(text.length);
  for (const a of agencies) agencyAt.fill(1, a.start, a.end);
  const blocked = (pos: number): boolean => agencyAt[pos] === 1;
  const agencyEnds = agencies.map((a) => a.end);
  const mentions: ProjectMention[] = [];
  const frames: ClauseFrame[] = [];
  for (const clause of clauses) {
    const frame = frameOf(text, clause, agencyEnds);
    frames.push(frame);
    const taken: TextSpan[] = [];
    let words: Word[] | undefined;
    const wordsFor = (): Word[] =>
      (words ??= wordsOf(text, clause).map((w) => ({ ...w, word: text.slice(w.start, w.end) })));
    const input = {
      text,
      frame,
      namesIn: (span: TextSpan) => namesIn(text, span, blocked),
      nameStart: (end: number, limit: number) => nameStart(wordsFor(), end, limit, blocked),
    };
    for (const rule of PROJECT_RULES) {
      for (const found of rule.find(input)) {
        if (taken.some((t) => t.start < found.end && found.start < t.end)) continue;
        taken.push(found);
        mentions.push({ ...found, clause: clause.index, rule: rule.id });
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, frames };
}

/**
 * Walk left from a head, word by word, until a verb, a function word, a stop word, an agency or
 * punctuation: 紧盯头号工程 → 头号工程.
 */
function nameStart(
  words: readonly Word[],
  headStart: number,
  limit: number,
  blocked: (pos: number) => boolean,
): number {
  let s = headStart;
  let i = words.findIndex((w) => w.end > headStart) - 1;
  if (i < -1) i = words.length - 1;
  for (; i >= 0 && words[i]!.start >= limit && words[i]!.end <= s; i--) {
    const w = words[i]!;
    // a quoted part is part of the name: “1312”工作举措, then the body owning it (区委“1312”…)
    if (w.word === '”') {
      const open = words.findLastIndex((x, k) => k < i && x.word === '“');
      if (open < 0 || words[open]!.start < limit) break;
      s = words[open]!.start;
      i = open;
      continue;
    }
    const ok =
      w.tag !== 'x' &&
      !FUNCTION_TAGS.has(w.tag) &&
      !blocked(w.start) &&
      !leftStops.has(w.word) &&
      !verbs.has(w.word);
    if (!ok || !NAME_CHAR.test(w.word)) break;
    s = w.start;
  }
  return s;
}
