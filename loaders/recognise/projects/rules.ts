/**
 * The project rules, in order of precedence: a span claimed by an earlier rule is not taken again
 * by a later one.
 */
import type { RuleInfo } from '../../rule.js';
import type { TextSpan } from '../../segment/spans.js';
import type { ClauseFrame, VerbUse } from './frames.js';
import type { ProjectUse } from './mention.js';
import type { NameCandidate } from './names.js';
import { investedWork } from './rules/invested-work.js';
import { listedWork } from './rules/listed-work.js';
import { programme } from './rules/programme.js';
import { namedWork } from './rules/named-work.js';
import { objectOfVerb } from './rules/object-of-verb.js';
import { subjectOfProgress } from './rules/subject-of-progress.js';

export interface ProjectRuleInput {
  text: string;
  frame: ClauseFrame;
  /** The names in a span (agency names excluded). */
  namesIn: (span: TextSpan) => NameCandidate[];
  /** Where a name whose head starts at `headStart` starts: walking left over words to a stop. */
  nameStart: (headStart: number, limit: number) => number;
}

export interface ProjectRule extends RuleInfo {
  find: (input: ProjectRuleInput) => (NameCandidate & { use: ProjectUse; verb: VerbUse | null })[];
}

export const PROJECT_RULES: readonly ProjectRule[] = [
  programme,
  listedWork,
  investedWork,
  subjectOfProgress,
  objectOfVerb,
  namedWork,
];
