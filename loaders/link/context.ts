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
import type { Segments } from '../segment/segment.js';
import { within, type TextSpan } from '../segment/spans.js';

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

export function agenciesIn(ctx: LinkContext, span: TextSpan): AgencyRef[] {
  return ctx.agencies.filter((a) => a.mention.start >= span.start && a.mention.end <= span.end);
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
