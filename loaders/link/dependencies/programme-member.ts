import { mentionTarget } from '../context.js';
import type { DependencyFact } from '../facts.js';
import { listedWork } from '../../recognise/projects/rules/listed-work.js';
import { programme } from '../../recognise/projects/rules/programme.js';
import type { DependencyRule } from './dependency-rule.js';

/** A programme's members may be listed in its own sentence or the two after it (programme.ts looks as far). */
const SENTENCES_AFTER = 2;

/** "列入省重点建设项目。14个项目分别是A、B…" → A and B are PART_OF the programme. */
export const programmeMember: DependencyRule = {
  id: 'dependency/programme-member',
  purpose: 'The works listed as the members of a programme (a counted class of key projects) are PART_OF it.',
  example: {
    doc: 'zj-qingyuan-projects-01.txt',
    text: '14个项目分别是54省道庆元黄坛至菊水及55省道菊水至松源段公路改建工程',
  },
  apply: (ctx) => {
    const sentenceOf = (m: { clause: number }): number => ctx.segments.clauses[m.clause]!.sentence;
    const programmes = ctx.projects.filter((p) => p.rule === programme.id);
    return ctx.projects
      .filter((p) => p.rule === listedWork.id)
      .flatMap((member): DependencyFact[] => {
        // the nearest programme before the member, no more than a sentence back
        const whole = programmes
          .filter((p) => p.end <= member.start && sentenceOf(member) - sentenceOf(p) <= SENTENCES_AFTER)
          .at(-1);
        if (!whole) return [];
        return [
          {
            from: mentionTarget(member),
            to: mentionTarget(whole),
            kind: 'PART_OF',
            evidence: member,
            rule: programmeMember.id,
          },
        ];
      });
  },
};
