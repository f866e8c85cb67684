/**
 * DEPENDS_ON between projects, with props.kind (data/dependency-cues.json):
 *   "依托A建设B", "在A基础上…B"        → B RELIES_ON A
 *   "将A纳入B", "A列入B"               → A PART_OF B (PRECONDITION when the sentence is "如果…将…")
 *   "待A…后,…B"                        → B PRECONDITION A
 *   "A配套工程"                         → SUPPORTS A
 *   "A高铁珠海至江门段"                 → PART_OF A
 *   A二期 and A一期 in one document     → NEXT_PHASE (the later phase → the earlier one)
 *   a named project a policy measure builds ("推动…平台建设") → PART_OF the measure
 */
import cues from '../data/dependency-cues.json' with { type: 'json' };
import type { DependencyKind } from '../../src/model/graph-json.js';
import { projectKey, type ProjectMention } from '../recognise/projects.js';
import { splitClauses, type TextSpan } from '../segment/spans.js';

export interface DependencyFact {
  from: ProjectMention;
  to: ProjectMention;
  kind: DependencyKind;
  evidence: TextSpan;
}

const PHASE = /^(.{2,}?)\(?([一二三四五六七八九十])期\)?/;
const PHASE_NUMBER = '一二三四五六七八九十';

function firstAfter(mentions: ProjectMention[], pos: number, end: number, exclude?: ProjectMention) {
  return mentions.find((m) => m.start >= pos && m.end <= end && m !== exclude && !m.group);
}
function lastBefore(mentions: ProjectMention[], pos: number, start: number) {
  return [...mentions].reverse().find((m) => m.end <= pos && m.start >= start && !m.group);
}

/** Dependencies stated inside one sentence. `mentions` are the sentence's named projects. */
export function sentenceDependencies(
  text: string,
  sentence: TextSpan,
  mentions: ProjectMention[],
): DependencyFact[] {
  const out: DependencyFact[] = [];
  const s = text.slice(sentence.start, sentence.end);
  const clauses = splitClauses(text, sentence);
  // "如果A纳入B,将…": the inclusion is a condition, not a fact.
  const conditional =
    cues.precondition.some((c) => c.length > 1 && s.includes(c)) &&
    cues.preconditionResult.some((r) => s.includes(r));
  for (const clause of clauses) {
    const c = text.slice(clause.start, clause.end);
    for (const cue of cues.reliesOn) {
      for (let i = c.indexOf(cue); i >= 0; i = c.indexOf(cue, i + 1)) {
        const at = clause.start + i + cue.length;
        const base = firstAfter(mentions, at, clause.end);
        const built =
          base &&
          (firstAfter(mentions, base.end, clause.end, base) ??
            firstAfter(mentions, clause.end, sentence.end, base));
        if (base && built) out.push({ from: built, to: base, kind: 'RELIES_ON', evidence: sentence });
      }
    }
    // 在A基础上 … B
    const frame = /在(.{2,40}?)基础上/.exec(c);
    if (frame) {
      const frameStart = clause.start + frame.index;
      const base = firstAfter(mentions, frameStart, frameStart + frame[0].length);
      const built = base && firstAfter(mentions, clause.end, sentence.end, base);
      if (base && built) out.push({ from: built, to: base, kind: 'RELIES_ON', evidence: sentence });
    }
    for (const cue of ['纳入', '列入']) {
      for (let i = c.indexOf(cue); i >= 0; i = c.indexOf(cue, i + 1)) {
        const at = clause.start + i;
        const part = lastBefore(mentions, at, clause.start);
        const whole = firstAfter(mentions, at + cue.length, clause.end);
        if (part && whole)
          out.push({
            from: part,
            to: whole,
            kind: conditional ? 'PRECONDITION' : 'PART_OF',
            evidence: sentence,
          });
      }
    }
    // 待A…后, B
    const wait = /待(.{2,40}?)后/.exec(c);
    if (wait) {
      const waitStart = clause.start + wait.index;
      const condition = firstAfter(mentions, waitStart, waitStart + wait[0].length);
      const main = condition && firstAfter(mentions, waitStart + wait[0].length, sentence.end, condition);
      if (condition && main)
        out.push({ from: main, to: condition, kind: 'PRECONDITION', evidence: sentence });
    }
  }
  return out;
}

/** Dependencies read off a project's own name: 配套工程 (SUPPORTS), route segments (PART_OF). */
export function nameDependencies(
  m: ProjectMention,
): { base: ProjectMention; kind: DependencyKind } | undefined {
  for (const suffix of cues.supports) {
    const i = m.name.lastIndexOf(suffix);
    if (i >= 3 && i + suffix.length === m.name.length) {
      const name = m.name.slice(0, i);
      return {
        base: { ...m, end: m.start + i, name, key: projectKey(name), group: false },
        kind: 'SUPPORTS',
      };
    }
  }
  for (const head of cues.segmentHeads) {
    const i = m.name.indexOf(head);
    const rest = i >= 0 ? m.name.slice(i + head.length) : '';
    if (i >= 2 && /^[\u4e00-\u9fff]{2,8}至[\u4e00-\u9fff]{2,8}段$/.test(rest)) {
      const name = m.name.slice(0, i + head.length);
      return {
        base: { ...m, end: m.start + name.length, name, key: projectKey(name), group: false },
        kind: 'PART_OF',
      };
    }
  }
  return undefined;
}

/** NEXT_PHASE between phases of one project found in a document: 二期 → 一期, 三期 → 二期. */
export function phaseDependencies(
  mentions: ProjectMention[],
  evidenceOf: (m: ProjectMention) => TextSpan,
): DependencyFact[] {
  const byBase = new Map<string, Map<number, ProjectMention>>();
  for (const m of mentions) {
    if (m.group) continue;
    const p = PHASE.exec(m.name.replace(/[“”"]/g, ''));
    if (!p) continue;
    const phase = PHASE_NUMBER.indexOf(p[2]!) + 1;
    const base = p[1]!;
    const phases = byBase.get(base) ?? new Map<number, ProjectMention>();
    if (!phases.has(phase)) phases.set(phase, m);
    byBase.set(base, phases);
  }
  const out: DependencyFact[] = [];
  for (const phases of byBase.values()) {
    for (const [n, later] of phases) {
      const earlier = phases.get(n - 1);
      if (earlier) out.push({ from: later, to: earlier, kind: 'NEXT_PHASE', evidence: evidenceOf(later) });
    }
  }
  return out;
}

/** In a policy measure, a named project the measure builds is PART_OF the measure. */
export function measureComponents(
  text: string,
  measure: ProjectMention,
  body: TextSpan,
  mentions: ProjectMention[],
): DependencyFact[] {
  const out: DependencyFact[] = [];
  const verbs = [...cues.measureComponentVerbs].sort((a, b) => b.length - a.length);
  const blockers = ['在', '打通', '依托', '基于', '对接', '向', '通过'];
  for (const m of mentions) {
    if (m.group || m.start < body.start || m.end > body.end || m.key === measure.key) continue;
    const clause = splitClauses(text, body).find((c) => c.start <= m.start && c.end >= m.end);
    if (!clause) continue;
    // verbs inside other names of the clause (工程建设审批系统) do not count
    let before = text.slice(clause.start, m.start);
    for (const o of mentions) {
      if (o !== m && o.start >= clause.start && o.end <= m.start) {
        before =
          before.slice(0, o.start - clause.start) +
          ' '.repeat(o.end - o.start) +
          before.slice(o.end - clause.start);
      }
    }
    let best = -1;
    let isVerb = false;
    for (const v of [...verbs, ...blockers]) {
      const i = before.lastIndexOf(v);
      if (i > best || (i === best && verbs.includes(v))) {
        best = i;
        isVerb = verbs.includes(v);
      }
    }
    if (best >= 0 && isVerb) out.push({ from: m, to: measure, kind: 'PART_OF', evidence: clause });
  }
  return out;
}
