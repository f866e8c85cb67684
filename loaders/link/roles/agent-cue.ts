import {
  agenciesIn,
  mentionTarget,
  projectsIn,
  taskAt,
  taskTarget,
  type AgencyRef,
  type LinkContext,
  type ProjectTarget,
  clauseAt,
} from '../context.js';
import type { RoleFact } from '../facts.js';
import type { RoleRule } from './role-rule.js';

const LEAD_AFTER = /^(?:牵头负责|牵头|负责|主责|主抓|抓好|承担|组织实施|具体负责)/u;

/**
 * "由A负责X" / "该工作由A牵头负责" / "A牵头,成立…": an explicit lead cue after a body. The role is on
 * the works the clause names after the cue, else on the task the cue is in, else on the works of the
 * clauses before it in the same sentence (X:该工作由A负责).
 */
export const agentCue: RoleRule = {
  id: 'role/agent-cue',
  purpose:
    'A body followed by an explicit lead cue (牵头, 负责, 主责, 由…负责) leads the work the sentence states.',
  example: {
    doc: '000_8bbcd799bbb03f60.txt',
    text: '依托中海油珠海LNG项目建设华南绿能港:该工作由市发展改革局牵头负责',
  },
  apply: ({ ctx }) => {
    const out: RoleFact[] = [];
    for (const clause of ctx.segments.clauses) {
      const inClause = agenciesIn(ctx, clause);
      for (const ref of inClause) {
        const after = ctx.text.slice(ref.mention.end, clause.end).replace(/^(?:[、和及与]\S{0,20}?)?/u, '');
        const cue = LEAD_AFTER.exec(ctx.text.slice(ref.mention.end, clause.end)) ?? LEAD_AFTER.exec(after);
        if (!cue) continue;
        if (inUnitList(ctx, ref)) continue;
        const cueEnd = ref.mention.end + (cue.index ?? 0) + cue[0].length;
        const sentence = ctx.segments.sentences[clause.sentence]!;
        const targets = targetsOf(ctx, { start: cueEnd, end: sentence.end }, ref);
        for (const target of targets)
          out.push({
            type: 'LEADS',
            agency: ref.agency,
            surface: ref.mention.surface,
            target,
            evidence: sentenceOf(ctx, clause.sentence),
            rule: agentCue.id,
          });
      }
    }
    return out;
  },
};

function inUnitList(ctx: LinkContext, ref: AgencyRef): boolean {
  return ctx.structure.unitLists.some((l) => l.start <= ref.mention.start && ref.mention.end <= l.end);
}

function targetsOf(ctx: LinkContext, after: { start: number; end: number }, ref: AgencyRef): ProjectTarget[] {
  const following = projectsIn(ctx, after);
  if (following.length) return following.map(mentionTarget);
  const task = taskAt(ctx, ref.mention.start);
  if (task) return [taskTarget(task)];
  const sentence = ctx.segments.sentences[clauseAt(ctx, ref.mention.start)?.sentence ?? -1];
  if (!sentence) return [];
  return projectsIn(ctx, { start: sentence.start, end: ref.mention.start })
    .filter((p) => p.use !== 'named')
    .map(mentionTarget);
}

function sentenceOf(ctx: LinkContext, index: number): { start: number; end: number } {
  const s = ctx.segments.sentences[index]!;
  return { start: s.start, end: s.end };
}
