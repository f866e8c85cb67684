/**
 * Clause frames: who does what to what, read off one clause with the lexicon's verbs.
 *
 *   [subject] verb-chain object [verb-chain object …]      加快推进 | 珠海LNG二期工程建设
 *   [subject] progress-predicate                          五邑路、连海路…项目 | 顺利完工
 *
 * A verb chain is verbs written next to each other (谋划打造, 积极配合推进); its kind is help when any
 * verb in it helps (配合), nonrole when all are non-role verbs (调研). A verb that can be a noun
 * (建设, 改造, 治理) inside an object is part of that object's name (…物流园建设), not a new verb:
 * it acts as a verb only at the start of the clause or right after another verb, a modifier or a
 * subject's name.
 */
import type { Clause } from '../../segment/segment.js';
import type { TextSpan } from '../../segment/spans.js';
import { heads, nominalHeads, objectEnds, progress, verbs, type VerbKind } from './lexicon.js';

export interface VerbUse extends TextSpan {
  kind: Exclude<VerbKind, 'modifier'> | 'progress';
}

export interface ClauseFrame {
  clause: Clause;
  /** Text before the first verb chain (or progress predicate). */
  subject: TextSpan;
  /** Each verb chain with the words it governs, up to the next chain or the clause end. */
  objects: { verb: VerbUse; span: TextSpan }[];
  /** A progress predicate that the subject does (建成投产), if the clause has one. */
  predicate: VerbUse | null;
}

const OPEN = '“《(【"';
const CLOSE = '”》)】"';
/** Characters after which a nominal-capable verb still acts as a verb (并推进, 要建设). */
const VERB_BEFORE = /[并和及与、再又还也要将已正均需应可拟并着力]$/u;

export function frameOf(
  text: string,
  clause: Clause,
  subjectEnds: ReadonlySet<number> = new Set(),
): ClauseFrame {
  const occurrences = verbOccurrences(text, clause);
  const chains: VerbUse[] = [];
  let previousEnd = -1;
  for (const o of occurrences) {
    const adjacent = previousEnd === o.start;
    if (o.kind === 'modifier') {
      previousEnd = o.end;
      continue;
    }
    const atStart = isClauseStart(text, clause, o.start) || subjectEnds.has(o.start);
    // 改扩建工程, 建设项目: a verb right before a head noun (that is no verb itself) is part of a name
    const head = heads.longestAt(text, o.end, clause.end);
    const beforeHead =
      head !== undefined && !verbs.has(text.slice(head.start, head.end)) && !atStart && !adjacent;
    // 依托…项目建设华南绿能港: a verb that can be a noun acts as one between two names
    const nameFollows =
      head === undefined &&
      heads.endsAt(text, o.start, 8) !== undefined &&
      /^(?![等和及与的])[\u4e00-\u9fffA-Za-z0-9“《]{2}/u.test(text.slice(o.end, clause.end));
    const verbal =
      !beforeHead &&
      (!nominalHeads.has(text.slice(o.start, o.end)) ||
        atStart ||
        adjacent ||
        nameFollows ||
        VERB_BEFORE.test(text.slice(clause.start, o.start)));
    if (!verbal) {
      previousEnd = -1;
      continue;
    }
    const last = chains[chains.length - 1];
    if (last && last.end === o.start) {
      last.end = o.end;
      last.kind = chainKind(last.kind, o.kind);
    } else chains.push({ start: o.start, end: o.end, kind: o.kind });
    previousEnd = o.end;
  }
  const predicate = progressPredicate(text, clause, chains);
  const firstVerb = subjectEnd(
    text,
    clause.start,
    Math.min(chains[0]?.start ?? clause.end, predicate?.start ?? clause.end),
  );
  const objects = chains.map((verb, i) => {
    const end = Math.min(chains[i + 1]?.start ?? clause.end, afterOrEnd(predicate, verb, clause));
    return { verb, span: { start: verb.end, end: objectEnd(text, verb.end, end) } };
  });
  return { clause, subject: { start: clause.start, end: firstVerb }, objects, predicate };
}

/** Where an object stops: before a place or purpose phrase or a second predicate (…活动在金湾成功举办). */
function objectEnd(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start + 2; i < end; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && objectEnds.longestAt(text, i, end)) return i;
  }
  return end;
}

/** The subject stops before the adverbs of its predicate (…产业园成功上榜, …项目已全部建成). */
function subjectEnd(text: string, start: number, end: number): number {
  let e = end;
  for (let changed = true; changed && e > start;) {
    changed = false;
    const adverb = ADVERB_BEFORE.exec(text.slice(Math.max(start, e - 4), e));
    if (adverb) {
      e -= adverb[0].length;
      changed = true;
    }
  }
  return e;
}
const ADVERB_BEFORE =
  /(?:成功|顺利|正式|全面|基本|已经|已|均|都|全部|先后|相继|陆续|如期|提前|率先|加快|稳步|有序)$/u;

function chainKind(a: VerbUse['kind'], b: VerbUse['kind']): VerbUse['kind'] {
  if (a === 'help' || b === 'help') return 'help';
  if (a === 'nonrole' && b === 'nonrole') return 'nonrole';
  return a === 'nonrole' ? b : a;
}

function afterOrEnd(predicate: VerbUse | null, verb: VerbUse, clause: Clause): number {
  return predicate && predicate.start > verb.end ? predicate.start : clause.end;
}

/** Verb and modifier occurrences outside quotes and brackets, leftmost-longest. */
function verbOccurrences(text: string, clause: Clause): { start: number; end: number; kind: VerbKind }[] {
  const out: { start: number; end: number; kind: VerbKind }[] = [];
  let depth = 0;
  for (let i = clause.start; i < clause.end;) {
    const ch = text[i]!;
    if (OPEN.includes(ch) && !(ch === '"' && depth > 0)) {
      depth++;
      i++;
      continue;
    }
    if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      i++;
      continue;
    }
    const m = depth === 0 ? verbs.longestAt(text, i, clause.end) : undefined;
    if (m) {
      out.push({ start: m.start, end: m.end, kind: m.value });
      i = m.end;
    } else i++;
  }
  return out;
}

/** Only a time, place or adverb before `pos` in the clause (or nothing): the verb starts the clause. */
function isClauseStart(text: string, clause: Clause, pos: number): boolean {
  const before = text.slice(clause.start, pos);
  return /^(\d{4}年|今年|明年|全年|同时|此外|其中|目前|下一步|近年来|一年来|[一二三四五六七八九十]是|\d+[.、)]|\([0-9一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)*$/u.test(
    before.trim(),
  );
}

/**
 * A progress predicate whose subject comes first: the first predicate before any verb chain, or
 * one that starts the first chain (…项目 | 开工建设). A clause that starts with the word (完成28个…)
 * has no subject: the word is an action verb there.
 */
function progressPredicate(text: string, clause: Clause, chains: VerbUse[]): VerbUse | null {
  const firstChain = chains[0]?.start ?? clause.end;
  for (let i = clause.start + 2; i <= Math.min(firstChain, clause.end - 1); i++) {
    const m = progress.longestAt(text, i, clause.end);
    if (m) return { start: m.start, end: m.end, kind: 'progress' };
  }
  return null;
}
