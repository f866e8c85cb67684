/**
 * The project recogniser's lexicon (data/project-cues.json), checked when loaded, as tries.
 */
import type { ProjectKind } from '../../../src/model/graph-json.js';
import cueFile from '../../data/project-cues.json' with { type: 'json' };
import { checkCueFile } from '../../cues/cue-file.js';
import { PhraseTrie } from '../phrase-trie.js';

interface ProjectCues {
  heads: { head: string; kind: string }[];
  actionVerbs: string[];
  helpVerbs: string[];
  progressPredicates: string[];
  nonRoleVerbs: string[];
  modifiers: string[];
  leftStops: string[];
  quantities: string[];
  enumerationCategories: string[];
  abstractNames: string[];
  nominalHeads: string[];
  nominalMinStem: number;
  trailingWork: string[];
  objectEnds: string[];
  descriptorBeforeDe: string[];
  genericStems: string[];
  strictHeads: string[];
  strictMinStem: number;
  aggregateWords: string[];
  maxName: number;
  minName: number;
  listCues: string[];
  programmeClasses: string[];
  programmeQualifiers: string[];
}

export const cues = checkCueFile<ProjectCues>('project-cues.json', cueFile, {
  heads: { list: { head: 'string', kind: 'string' } },
  actionVerbs: 'strings',
  helpVerbs: 'strings',
  progressPredicates: 'strings',
  nonRoleVerbs: 'strings',
  modifiers: 'strings',
  leftStops: 'strings',
  quantities: 'strings',
  enumerationCategories: 'strings',
  abstractNames: 'strings',
  nominalHeads: 'strings',
  nominalMinStem: 'number',
  trailingWork: 'strings',
  objectEnds: 'strings',
  descriptorBeforeDe: 'strings',
  genericStems: 'strings',
  strictHeads: 'strings',
  strictMinStem: 'number',
  aggregateWords: 'strings',
  maxName: 'number',
  minName: 'number',
  listCues: 'strings',
  programmeClasses: 'strings',
  programmeQualifiers: 'strings',
});

export type VerbKind = 'action' | 'help' | 'nonrole' | 'modifier';

/** Verbs by kind; a word in two lists keeps the first kind (help before action: 支持 helps). */
export const verbs = new PhraseTrie<VerbKind>();
for (const [list, kind] of [
  [cues.helpVerbs, 'help'],
  [cues.nonRoleVerbs, 'nonrole'],
  [cues.actionVerbs, 'action'],
  [cues.modifiers, 'modifier'],
] as const)
  for (const w of list) if (!verbs.has(w)) verbs.add(w, kind);

export const progress = new PhraseTrie<true>(cues.progressPredicates.map((w) => [w, true]));
export const heads = new PhraseTrie<ProjectKind>(cues.heads.map((h) => [h.head, h.kind as ProjectKind]));
export const leftStops = new PhraseTrie<true>(cues.leftStops.map((w) => [w, true]));
export const modifiers = new PhraseTrie<true>(cues.modifiers.map((w) => [w, true]));
const CATEGORY_END = new RegExp(`(?:${cues.enumerationCategories.join('|')})$`, 'u');
/** 重点产业项目, 展会文旅活动: words that name a category of works (they end with a category head). */
export function isCategory(words: string): boolean {
  return words.length > 0 && words.length <= 12 && CATEGORY_END.test(words);
}
export const objectEnds = new PhraseTrie<true>(cues.objectEnds.map((w) => [w, true]));
export const nominalHeads = new Set(cues.nominalHeads);
export const genericStems = new Set(cues.genericStems);
export const strictHeads = new Set(cues.strictHeads);
export const abstractNames = new Set(cues.abstractNames);
const QUANTITY = new RegExp(
  `^(?:[0-9.]+|[一二两三四五六七八九十百千万]+)(?:${cues.quantities.join('|')})`,
  'u',
);

/** The length of a count at `text` (28个, 一批, 9所), 0 if none. */
export function quantityLength(text: string): number {
  if (text.startsWith('一批') || text.startsWith('一系列')) return text.startsWith('一批') ? 2 : 3;
  return QUANTITY.exec(text)?.[0].length ?? 0;
}

/** The longest head ending exactly at `end`. */
export function headEndingAt(text: string, end: number): { start: number; kind: ProjectKind } | undefined {
  const m = heads.endsAt(text, end, 8);
  return m ? { start: m.start, kind: m.value } : undefined;
}

export function isAggregate(name: string): boolean {
  return cues.aggregateWords.some((w) => name.includes(w)) || /^\d+个/u.test(name);
}

const longestFirst = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');
const COUNT = '(?:[0-9]+|[一二两三四五六七八九十百千]+)(?:个|项)';
/** Opens the list of a counted group's members: "9个,包括" / "14个项目分别是". */
export const LIST_CUE = new RegExp(`(?:${longestFirst(cues.listCues)})[::]?`, 'u');
/** A counted group before a list cue in the same sentence. */
export const GROUP_COUNT = new RegExp(COUNT, 'u');
/**
 * A counted class of key projects: "2023年计划新开工市重点项目123个", "安排重点建设项目252项",
 * "14个项目列入省重点建设项目" (group 1 is the programme's name).
 */
/** Any of the programme classes' last words, a cheap test before PROGRAMME. */
export const PROGRAMME_HEAD = /项目|工程/u;
export const PROGRAMME = new RegExp(
  `((?:[0-9]{4}年度?)?(?:${longestFirst(cues.programmeQualifiers)})?(?:[省市县区]级?)?(?:${longestFirst(cues.programmeClasses)}))` +
    `(?=(?:共|达|有)?${COUNT})|(?<=${COUNT}(?:项目)?(?:列入|纳入))((?:[0-9]{4}年度?)?(?:[省市县区]级?)?(?:${longestFirst(cues.programmeClasses)}))`,
  'gu',
);
