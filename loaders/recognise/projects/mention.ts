/**
 * A project mention: where the text names a project, how it is used there (the object of a verb,
 * the subject of progress, an item of a numbered list …) and which rule found it.
 */
import type { ProjectKind } from '../../../src/model/graph-json.js';
import type { TextSpan } from '../../segment/spans.js';
import type { VerbUse } from './frames.js';

export type ProjectUse = 'object' | 'subject' | 'named';

export interface ProjectMention extends TextSpan {
  name: string;
  kind: ProjectKind;
  use: ProjectUse;
  /** Index of the clause it is in. */
  clause: number;
  /** The verb acting on it: its governing verb chain, or the progress predicate it is subject of. */
  verb: VerbUse | null;
  /** Id of the rule that found it. */
  rule: string;
}
