/**
 * Link stage, money: each non-macro amount becomes a Funding node with a FUNDS edge to what it is
 * for, and PROVIDED_BY where the text names who gives it.
 *
 * Target, first hit wins: a project named right after 用于/用在 behind the amount (安排费用1.1亿元,用于
 * “三个一批”项目); the project mentioned nearest before the amount in its clause; else the first
 * project of its sentence before it (the topic: 开展洪湾二期…项目汽机岛…安装,完成投资3.0亿元; a
 * parenthesised column label like (华南绿能港) yields to a project named after it); else the project of the task row/item the amount sits in; else the agency that
 * is the subject of its sentence; else the amount is dropped (a statistic, not a fact).
 *
 * Funding ids hash (target, yuan, kind, period): stable across runs and files, and two different
 * facts (another period, another project) never collapse into one node.
 */
import { createHash } from 'node:crypto';
import type { Evidence, Genre, GraphEdge, GraphNode } from '../../src/model/graph-json.js';
import providerData from '../data/funding-providers.json' with { type: 'json' };
import projectCues from '../data/project-cues.json' with { type: 'json' };
import { findAmounts, type AmountMention } from '../recognise/amounts.js';
import { classifyFunding, type FundingClass } from '../recognise/funding-kind.js';
import { evidenceFor } from './evidence.js';

/** Something recognised in the text, with its node id and its span (offsets into the text). */
export interface SpanRef {
  id: string;
  start: number;
  end: number;
}

export interface FundingLinkInput {
  docId: string;
  /** The decoded original text (quotes are sliced from it). */
  text: string;
  /** The cleaned text (same length). */
  clean: string;
  docYear: number | null;
  /** City of the document (珠海市) for provider names like 市财政 → 珠海市财政局. */
  city?: string | null;
  projects: readonly SpanRef[];
  agencies: readonly SpanRef[];
  /** Task rows / numbered items: the span of each and the project (the task) it is about. */
  tasks?: readonly SpanRef[];
  /**
   * Enumerations that are no project of their own ("A、B等项目"): an amount right after one is for
   * the whole list, so it goes to the project the sentence is about (or the task), never to the
   * last item.
   */
  aggregates?: readonly { start: number; end: number }[];
  /** Canonical agency name → agency node id (null if unknown); used for stated providers. */
  agencyIdFor?: (canonicalName: string) => string | null;
}

export interface FundingFact {
  amount: AmountMention;
  funding: FundingClass;
  targetId: string;
  providerId: string | null;
}

export interface LinkResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const CLAUSE_BREAK = /[。;;!?!?\n,,::]/u;
const SENTENCE_BREAK = /[。;;!?!?\n]/u;
const PROVIDER_VERB = new RegExp(`^\\s*(${providerData.verbs.join('|')})`, 'u');

function clauseOf(text: string, at: number, stop: RegExp): { start: number; end: number } {
  let start = at;
  while (start > 0 && !stop.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !stop.test(text[end]!)) end++;
  return { start, end };
}

/** Nearest ref ending at or before `at` inside [from, at), else the first starting after. */
function nearest(
  refs: readonly SpanRef[],
  from: number,
  to: number,
  at: number,
  after: boolean,
): SpanRef | null {
  let best: SpanRef | null = null;
  for (const r of refs) {
    if (
      r.start >= from &&
      r.end <= at &&
      (!best || r.end > best.end || (r.end === best.end && r.start < best.start))
    )
      best = r;
  }
  if (best || !after) return best;
  for (const r of refs) if (r.start >= at && r.end <= to && (!best || r.start < best.start)) best = r;
  return best;
}

/** Money instruments are not what money is for (a mention of 专项债券 is not a project to fund). */
const INSTRUMENT = /^(专项债券?|债券|特别国债|基金|资金|贷款|金融工具)$/u;

export function fundingFacts(input: FundingLinkInput): FundingFact[] {
  const { clean } = input;
  input = { ...input, projects: input.projects.filter((p) => !INSTRUMENT.test(clean.slice(p.start, p.end))) };
  const facts: FundingFact[] = [];
  for (const amount of findAmounts(clean)) {
    if (amount.macro || amount.threshold) continue;
    const clause = clauseOf(clean, amount.start, CLAUSE_BREAK);
    const sentence = clauseOf(clean, amount.start, SENTENCE_BREAK);
    const near = nearest(input.projects, clause.start, clause.end, amount.start, false);
    let target =
      purposeProject(input, amount.end, sentence.end) ??
      near ??
      topicOf(input, sentence.start, amount.start) ??
      // "已招引项目15个,总投资额超120亿元": a total over counted projects is a statistic, not
      // money for the task or agency the sentence sits in
      (COUNTED_PROJECTS.test(clean.slice(Math.max(sentence.start, amount.start - 40), amount.start))
        ? null
        : (taskAround(input, amount) ?? subjectAgency(input.agencies, sentence, amount.start)));
    // an item of "A、B等项目" stands for the whole list: the money is the list's, so it goes to what
    // the sentence is about before the list (or the task), never to one item
    const list =
      target && (input.aggregates ?? []).find((g) => g.start <= target!.start && target!.end <= g.end);
    if (list) target = topicOf(input, sentence.start, list.start) ?? taskAround(input, amount);
    if (!target) continue;
    facts.push({
      amount,
      funding: classifyFunding(clean, amount, input.docYear),
      targetId: target.id,
      providerId: providerOf(input, clause.start, amount.start),
    });
  }
  return facts;
}

function taskAround(input: FundingLinkInput, amount: AmountMention): SpanRef | null {
  return (input.tasks ?? []).find((t) => t.start <= amount.start && amount.end <= t.end) ?? null;
}

const DIRECT_OBJECT = new RegExp(`^(的|${providerData.objectVerbs.join('|')})`, 'u');
const COUNTED_PROJECTS = /\d+(个|宗|项)[^,。;]{0,10}项目|项目\d+(个|宗|项)/u;
const PURPOSE = /^[\s,,]*(专项)?(用于|用在|专门用于|主要用于)/u;

/** 1.1亿元,用于市政府“三个一批”项目前期工作 → the project right after 用于. */
function purposeProject(input: FundingLinkInput, at: number, sentenceEnd: number): SpanRef | null {
  // "总投资100亿元的A项目", "投入4351万元建设A": the project right after the amount
  const direct = DIRECT_OBJECT.exec(input.clean.slice(at, sentenceEnd));
  if (direct) {
    const from = at + direct[0].length;
    const p = firstIn(input.projects, from, clauseOf(input.clean, from, CLAUSE_BREAK).end);
    if (p && p.start === from) return p;
  }
  const m = PURPOSE.exec(input.clean.slice(at, sentenceEnd));
  if (!m) return null;
  const from = at + m[0].length;
  const clauseEnd = clauseOf(input.clean, from, CLAUSE_BREAK).end;
  return firstIn(input.projects, from, clauseEnd);
}

/** The first project of the sentence before the amount, skipping a (label) when more follows. */
function topicOf(input: FundingLinkInput, from: number, to: number): SpanRef | null {
  const first = firstIn(input.projects, from, to);
  if (!first) return null;
  const labelled = input.clean[first.start - 1] === '(' && input.clean[first.end] === ')';
  return (labelled ? firstIn(input.projects, first.end + 1, to) : null) ?? first;
}

/** The project mention starting first inside [from, to). */
function firstIn(refs: readonly SpanRef[], from: number, to: number): SpanRef | null {
  let best: SpanRef | null = null;
  for (const r of refs)
    if (
      r.start >= from &&
      r.end <= to &&
      (!best || r.start < best.start || (r.start === best.start && r.end > best.end))
    )
      best = r;
  return best;
}

/** The agency the sentence starts with (市财政局安排资金…), if it comes before the amount. */
function subjectAgency(
  agencies: readonly SpanRef[],
  sentence: { start: number },
  at: number,
): SpanRef | null {
  const first = agencies
    .filter((a) => a.start >= sentence.start && a.end <= at)
    .sort((a, b) => a.start - b.start)[0];
  return first && first.start - sentence.start <= 12 ? first : null;
}

function providerOf(input: FundingLinkInput, clauseStart: number, at: number): string | null {
  const window = input.clean.slice(clauseStart, at);
  // an agency mention followed by a giving verb: 市财政局安排1.1亿元
  for (const a of input.agencies) {
    if (a.start >= clauseStart && a.end <= at && PROVIDER_VERB.test(input.clean.slice(a.end, at)))
      return a.id;
  }
  if (!input.agencyIdFor) return null;
  for (const p of providerData.phrases) {
    if (new RegExp(p.cue, 'u').test(window)) {
      const name = p.agency.replace('{city}', input.city ?? '');
      if (name.startsWith('财政局')) continue; // no city known
      const id = input.agencyIdFor(name);
      if (id) return id;
    }
  }
  return null;
}

export function fundingId(targetId: string, yuan: number, kind: string, period: string | null): string {
  const hash = createHash('sha1')
    .update(`${targetId}|${yuan}|${kind}|${period ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `funding:${hash}`;
}

/** The clause that quotes the amount: from the clause start (at least 8 chars back) to the amount end. */
function amountEvidence(input: FundingLinkInput, amount: AmountMention): Evidence {
  let start = clauseOf(input.clean, amount.start, CLAUSE_BREAK).start;
  if (amount.start - start < 8) start = clauseOf(input.clean, Math.max(0, start - 1), SENTENCE_BREAK).start;
  start = Math.max(start, amount.end - 80);
  return evidenceFor(input.docId, input.text, start, amount.end);
}

export function linkFunding(input: FundingLinkInput): LinkResult {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const fact of fundingFacts(input)) {
    const { amount, funding } = fact;
    const id = fundingId(fact.targetId, amount.yuan, funding.kind, funding.period);
    const evidence = amountEvidence(input, amount);
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        label: 'Funding',
        name: input.text.slice(amount.start, amount.end),
        props: {
          yuan: amount.yuan,
          kind: funding.kind,
          period: funding.period,
          currency: amount.currency,
          approximate: amount.approximate,
        },
      });
    }
    edges.push({ type: 'FUNDS', from: id, to: fact.targetId, props: {}, evidence: [evidence] });
    if (fact.providerId)
      edges.push({ type: 'PROVIDED_BY', from: id, to: fact.providerId, props: {}, evidence: [evidence] });
  }
  return { nodes: [...nodes.values()], edges: mergeEdges(edges) };
}

/** One edge per (type, from, to), evidence lists joined (deduplicated by offsets). */
export function mergeEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const e of edges) {
    const key = `${e.type}|${e.from}|${e.to}|${JSON.stringify(e.props)}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...e, evidence: [...e.evidence] });
      continue;
    }
    for (const ev of e.evidence) {
      if (!seen.evidence.some((x) => x.doc === ev.doc && x.start === ev.start && x.end === ev.end))
        seen.evidence.push(ev);
    }
  }
  return [...byKey.values()];
}

/** 一、 / (二) / 3. at the start of a line: a numbered point of an article or measure list. */
const NUMBERED_POINT = /^\s*(\(?[一二三四五六七八九十]{1,3}[、)]|\d{1,2}[.、．])\s*$/u;
const WORK_HEAD = new RegExp(projectCues.modifierHeads.join('|'), 'u');

/**
 * Whether a task can be what an amount in it is for. In task tables and policies every task (a row,
 * a measure) is one. A work report's section headings ("(一)全力以赴拼经济") are themes; so are a
 * bulletin article's numbered points ("三、示范引领激发投资动能。"): an amount that names no project
 * there is a statistic of the theme, or money of something the recogniser missed. A bulletin
 * article's title ("市科技局积极推进科技项目“揭榜挂帅”") names the work itself, and a point that names
 * a work (…项目储备, …工程, …计划) is one too.
 */
export function taskTakesMoney(genre: Genre, lineBefore: string, taskName: string): boolean {
  if (genre === 'TASK_TABLE' || genre === 'POLICY') return true;
  if (genre === 'WORK_REPORT') return false;
  return !NUMBERED_POINT.test(lineBefore) || WORK_HEAD.test(taskName);
}
