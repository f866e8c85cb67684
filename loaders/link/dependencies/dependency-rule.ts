import type { RuleInfo } from '../../rule.js';
import type { LinkContext } from '../context.js';
import type { DependencyFact } from '../facts.js';

/** Dependency rules (guide §5) produce DEPENDS_ON facts between projects. */
export interface DependencyRule extends RuleInfo {
  apply: (ctx: LinkContext) => DependencyFact[];
}
