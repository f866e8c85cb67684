/**
 * The facts the link rules produce, before they become graph edges. Spans are in cleaned-text
 * coordinates; `rule` is the id of the rule that produced the fact.
 */
import type { DependencyKind, FundingKind } from '../../src/model/graph-json.js';
import type { AmountMention } from '../recognise/amounts.js';
import type { Place } from '../recognise/gazetteer.js';
import type { ResolvedAgency } from '../resolve/agencies.js';
import type { TextSpan } from '../segment/spans.js';
import type { ProjectTarget } from './context.js';

export interface RoleFact {
  type: 'LEADS' | 'ASSISTS';
  agency: ResolvedAgency;
  /** The surface form the agency was named by here (an alias of its node). */
  surface: string | null;
  target: ProjectTarget;
  evidence: TextSpan;
  rule: string;
}

export interface DependencyFact {
  from: ProjectTarget;
  to: ProjectTarget;
  kind: DependencyKind;
  evidence: TextSpan;
  rule: string;
}

export interface FundingFact {
  amount: AmountMention;
  kind: FundingKind;
  period: string | null;
  target: { project: ProjectTarget } | { agency: ResolvedAgency };
  evidence: TextSpan;
  rule: string;
}

export interface LocationFact {
  target: ProjectTarget;
  place: Place;
  evidence: TextSpan;
  rule: string;
}
