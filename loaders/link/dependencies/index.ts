/** The dependency rules in order; a pair of projects gets its kind from the first rule that links it. */
import { targetKey, type LinkContext } from '../context.js';
import type { DependencyFact } from '../facts.js';
import type { DependencyRule } from './dependency-rule.js';
import { includedIn } from './included-in.js';
import { nextPhase } from './next-phase.js';
import { programmeMember } from './programme-member.js';
import { reliesOn } from './relies-on.js';
import { taskPart } from './task-part.js';

export const DEPENDENCY_RULES: readonly DependencyRule[] = [
  reliesOn,
  includedIn,
  programmeMember,
  nextPhase,
  taskPart,
];

export function linkDependencies(ctx: LinkContext): DependencyFact[] {
  const seen = new Set<string>();
  const out: DependencyFact[] = [];
  for (const rule of DEPENDENCY_RULES)
    for (const fact of rule.apply(ctx)) {
      const a = targetKey(fact.from);
      const b = targetKey(fact.to);
      if (a === b) continue;
      const key = [a, b].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(fact);
    }
  return out;
}
