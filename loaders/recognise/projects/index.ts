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
import { PROJECT_RULES } from './rules.js';

export type { ProjectMention, ProjectUse } from './mention.js';
export type { ClauseFrame, VerbUse } from './frames.js';

/** Characters that end a name on its left (的, 在, 和 …) and how far a name may reach. */
const STOP_CHARS = '的了在对把将为从向和与及并或等是有已被由于以';
const MAX_NAME_WALK = 16;

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
  const agencyEnds = new Set(agencies.map((a) => a.end));
  const mentions: ProjectMention[] = [];
  const frames: ClauseFrame[] = [];
  for (const clause of clauses) {
    const frame = frameOf(text, clause, agencyEnds);
    frames.push(frame);
    const taken: TextSpan[] = [];
    const input = {
      text,
      frame,
      namesIn: (span: TextSpan) => namesIn(text, span, blocked),
      nameStart: (end: number, limit: number) => nameStart(text, end, limit, blocked),
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
 * Walk left from a head over name characters until a stop word, a verb, a modifier, an agency or
 * punctuation: 紧盯头号工程 → 头号工程. A quoted part is part of the name (区委“1312”工作举措).
 */
function nameStart(
  text: string,
  headStart: number,
  limit: number,
  blocked: (pos: number) => boolean,
): number {
  let s = headStart;
  while (s > limit && headStart - s < MAX_NAME_WALK) {
    const ch = text[s - 1]!;
    if (ch === '”') {
      const open = text.slice(limit, s - 1).lastIndexOf('“');
      if (open < 0) break;
      s = limit + open;
      continue;
    }
    if (!NAME_CHAR.test(ch) || blocked(s - 1) || STOP_CHARS.includes(ch)) break;
    if (leftStops.endsAt(text, s, 4) || verbs.endsAt(text, s, 4)) break;
    s--;
  }
  return s;
}
