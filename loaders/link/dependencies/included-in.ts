import { mentionTarget, projectsIn } from '../context.js';
import type { DependencyFact } from '../facts.js';
import { dependencyCues } from './cue-words.js';
import type { DependencyRule } from './dependency-rule.js';

/** 将揭榜项目纳入重大技术项目储备库 → the works before the cue are PART_OF the one after. */
export const includedIn: DependencyRule = {
  id: 'dependency/included-in',
  purpose: 'A work included in another (A纳入B, A列入B, done — not applied for) is PART_OF it.',
  example: { doc: '004_6b47ef97f8ef13ec.txt', text: '将揭榜项目纳入重大技术项目储备库' },
  apply: (ctx) => {
    const out: DependencyFact[] = [];
    for (const clause of ctx.segments.clauses) {
      const slice = ctx.text.slice(clause.start, clause.end);
      for (const cue of dependencyCues.partOf) {
        const at = slice.indexOf(cue);
        if (at < 0) continue;
        const before = slice.slice(0, at);
        if (dependencyCues.notDone.some((w) => before.includes(w))) continue;
        const cueAt = clause.start + at;
        const whole = projectsIn(ctx, { start: cueAt + cue.length, end: clause.end })[0];
        const parts = projectsIn(ctx, { start: clause.start, end: cueAt });
        if (!whole) continue;
        for (const part of parts)
          out.push({
            from: mentionTarget(part),
            to: mentionTarget(whole),
            kind: 'PART_OF',
            evidence: clause,
            rule: includedIn.id,
          });
      }
    }
    return out;
  },
};
