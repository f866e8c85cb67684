/**
 * Every extraction rule of every stage, in each stage's order of precedence: for listing them
 * (`npm run kg -- rules`) and for checking that each names a worked example from a train document.
 */
import { ACTOR_RULES } from './link/actors/index.js';
import { DEPENDENCY_RULES } from './link/dependencies/index.js';
import { FUNDING_RULES } from './link/funding/index.js';
import { PLACE_RULES } from './link/places/index.js';
import { ROLE_RULES } from './link/roles/index.js';
import { PROJECT_RULES } from './recognise/projects/rules.js';
import type { RuleInfo } from './rule.js';

export const RULES: readonly { stage: string; rules: readonly RuleInfo[] }[] = [
  { stage: 'projects (recognise)', rules: PROJECT_RULES },
  { stage: 'actors (link)', rules: ACTOR_RULES },
  { stage: 'roles (link)', rules: ROLE_RULES },
  { stage: 'dependencies (link)', rules: DEPENDENCY_RULES },
  { stage: 'funding (link)', rules: FUNDING_RULES },
  { stage: 'places (link)', rules: PLACE_RULES },
];
