/**
 * What the link rules read: the document's recognised and resolved parts, with look-ups by span.
 * Built once per document by the pipeline; rules never change it.
 */
import type { AmountMention } from '../recognise/amounts.js';
import type { AgencyMention } from '../recognise/agencies.js';
import type { ClauseFrame, ProjectMention } from '../recognise/projects/index.js';
import type { DocumentStructure } from '../recognise/structure.js';
import type { Task } from '../recognise/tasks.js';
import type { ResolvedAgency } from '../resolve/agencies.js';
import type { DocumentContext } from '../resolve/document.js';
import type { Clause, Line, Segments, Sentence } from '../segment/segment.js';
import { spanAt, within, type TextSpan } from '../segment/spans.js';

export interface AgencyRef {
  mention: AgencyMention;
  agency: ResolvedAgency;
}

/** A project a fact can be about: a project mention or a numbered task. */
export type ProjectTarget =
  { mention: ProjectMention; task?: undefined } | { task: Task; mention?: undefined };

export interface LinkContext {
  text: string;
  doc: DocumentContext;
  segments: Segments;
  structure: DocumentStructure;
  agencies: AgencyRef[];
  projects: ProjectMention[];
  frames: ClauseFrame[];
  tasks: Task[];
  amounts: AmountMention[];
}

interface Lookups {
  agencyStarts: AgencyMention[];
  refOf: Map<AgencyMention, AgencyRef>;
  firstClauseOfLine: Map<number, number>;
}
const lookups = new WeakMap<LinkContext, Lookups>();

/** Indexes built once per document, for the look-ups rules make many times. */
function lookupsOf(ctx: LinkContext): Lookups {
  let l = lookups.get(ctx);
  if (!l) {
    const firstClauseOfLine = new Map<number, number>();
    for (const c of ctx.segments.clauses)
      if (!firstClauseOfLine.has(c.line)) firstClauseOfLine.set(c.line, c.index);
    l = {
      agencyStarts: ctx.agencies.map((a) => a.mention),
      refOf: new Map(ctx.agencies.map((a) => [a.mention, a])),
      firstClauseOfLine,
    };
    lookups.set(ctx, l);
  }
  return l;
}

export function agenciesIn(ctx: LinkContext, span: TextSpan): AgencyRef[] {
  const { agencyStarts, refOf } = lookupsOf(ctx);
  return within(agencyStarts, span).map((m) => refOf.get(m)!);
}

/** The resolved agency of a mention, if it was resolved. */
export function refOf(ctx: LinkContext, mention: AgencyMention): AgencyRef | undefined {
  return lookupsOf(ctx).refOf.get(mention);
}

/** The clause, sentence or line that contains `pos`. */
export function clauseAt(ctx: LinkContext, pos: number): Clause | undefined {
  return spanAt(ctx.segments.clauses, pos);
}
export function sentenceAt(ctx: LinkContext, pos: number): Sentence | undefined {
  return spanAt(ctx.segments.sentences, pos);
}
export function lineAt(ctx: LinkContext, pos: number): Line | undefined {
  return spanAt(ctx.segments.lines, pos);
}

/** The index of the first clause of a line. */
export function firstClauseOf(ctx: LinkContext, line: number): number | undefined {
  return lookupsOf(ctx).firstClauseOfLine.get(line);
}

export function projectsIn(ctx: LinkContext, span: TextSpan): ProjectMention[] {
  return within(ctx.projects, span);
}

/** The innermost task containing `pos`. */
export function taskAt(ctx: LinkContext, pos: number): Task | undefined {
  let best: Task | undefined;
  for (const t of ctx.tasks)
    if (t.start <= pos && pos < t.end && (!best || t.item.level > best.item.level)) best = t;
  return best;
}

export const mentionTarget = (mention: ProjectMention): ProjectTarget => ({ mention });
export const taskTarget = (task: Task): ProjectTarget => ({ task });

export function targetKey(t: ProjectTarget): string {
  return t.task ? `task:${t.task.start}` : `mention:${t.mention.start}:${t.mention.end}`;
}
