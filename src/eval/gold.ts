/**
 * Gold annotations (docs/gold-format.md): one JSON file per document, read in file-name order so that
 * scores and miss lists come out in the same order as the reference scorer's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';

export interface GoldAgency {
  name: string;
  kind?: string;
  /** Surface forms the document uses; each must end up as a name or alias of the matched node. */
  mentions?: string[];
}

export interface GoldProject {
  name: string;
  variants?: string[];
  kind?: string;
  places?: string[];
}

export interface GoldRole {
  agency: string;
  project: string;
  role: 'LEAD' | 'ASSIST';
  quote?: string;
}

export interface GoldFunding {
  project?: string | null;
  agency?: string | null;
  text: string;
  yuan: number;
  kind?: string;
  period?: string | null;
  quote?: string;
}

export interface GoldDependency {
  from: string;
  to: string;
  kind?: string;
  quote?: string;
}

export interface GoldSet {
  /** File name of the annotated document (matched against the base name of graph documents). */
  doc: string;
  /** Only evidence starting in [start, end) is scored. */
  range?: [number, number];
  jurisdiction?: string;
  agencies: GoldAgency[];
  projects: GoldProject[];
  roles?: GoldRole[];
  funding?: GoldFunding[];
  dependencies?: GoldDependency[];
}

/** Reads every `*.json` in `dir` (sorted by name) as a gold set. */
export function loadGoldSets(dir: string): GoldSet[] {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`gold: ${dir} is not a directory`);
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`gold: cannot read directory ${dir}`);
  }
  return files.map((file) => parseGoldSet(readFileSync(join(dir, file), 'utf8'), join(dir, file)));
}

export function parseGoldSet(json: string, source: string): GoldSet {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(`gold: ${source} is not valid JSON (${(error as Error).message})`);
  }
  const gold = value as Partial<GoldSet> | null;
  if (!gold || typeof gold !== 'object' || typeof gold.doc !== 'string') {
    throw new InputError(`gold: ${source} has no "doc" file name`);
  }
  if (!Array.isArray(gold.agencies) || !Array.isArray(gold.projects)) {
    throw new InputError(`gold: ${source} needs "agencies" and "projects" arrays`);
  }
  if (gold.range !== undefined && gold.range !== null) {
    const [lo, hi] = gold.range;
    if (!Array.isArray(gold.range) || typeof lo !== 'number' || typeof hi !== 'number' || lo > hi) {
      throw new InputError(`gold: ${source} has a bad "range" (expected [start, end])`);
    }
  }
  return gold as GoldSet;
}
