import { mentionTarget } from '../context.js';
import type { DependencyFact } from '../facts.js';
import type { DependencyRule } from './dependency-rule.js';

const PHASE = /^(.+?)([一二三四五六])期/u;
const ORDER = '一二三四五六';

/** 珠海LNG二期工程 and 珠海LNG一期 both named → 二期 NEXT_PHASE 一期. */
/** Two phases of one work: the names before 期 agree on their first characters. */
function sameWork(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 4);
  return n >= 2 && a.slice(0, n) === b.slice(0, n);
}

export const nextPhase: DependencyRule = {
  id: 'dependency/next-phase',
  purpose: 'A later phase of a work follows the earlier phase when both are named.',
  example: {
    doc: '000_8bbcd799bbb03f60.txt',
    text: '继续推进珠海LNG二期项目建设…继续推进珠海LNG三期可研编制',
  },
  apply: (ctx) => {
    const phases = ctx.projects.flatMap((p) => {
      const m = PHASE.exec(p.name);
      return m ? [{ p, base: m[1]!, n: ORDER.indexOf(m[2]!) }] : [];
    });
    const out: DependencyFact[] = [];
    for (const later of phases) {
      const earlier = phases.find((e) => e.n === later.n - 1 && sameWork(e.base, later.base));
      if (earlier)
        out.push({
          from: mentionTarget(later.p),
          to: mentionTarget(earlier.p),
          kind: 'NEXT_PHASE',
          evidence: ctx.segments.clauses[later.p.clause]!,
          rule: nextPhase.id,
        });
    }
    return out;
  },
};
