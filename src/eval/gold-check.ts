/**
 * Checks a gold set against its document: every quote is an exact substring, every fact names a
 * declared agency and project, amounts agree with their `yuan`, enum values are the guide's, and
 * the corpus metadata (`genre`, `region`) is present. Returns the problems; an empty list is a pass.
 */
import { parseChineseNumber } from '../../loaders/index.js';
import {
  AGENCY_KINDS,
  DEPENDENCY_KINDS,
  FUNDING_KINDS,
  GENRES,
  PLACE_LEVELS,
  PROJECT_KINDS,
} from '../model/graph-json.js';
import type { GoldSet } from './gold.js';

const ROLE_KINDS = ['LEAD', 'ASSIST'];
const has = (values: readonly string[], value: string | undefined): boolean =>
  value === undefined || values.includes(value);

export interface CorpusGold extends GoldSet {
  genre?: string;
  region?: { province?: string; city?: string | null; county?: string | null };
  places?: { name: string; level?: string; parent?: string | null }[];
  traps?: { note: string; quote?: string }[];
}

const MULTIPLIERS: [RegExp, number][] = [
  [/万亿/u, 1e12],
  [/千亿/u, 1e11],
  [/百亿/u, 1e10],
  [/亿/u, 1e8],
  [/千万/u, 1e7],
  [/百万/u, 1e6],
  [/万/u, 1e4],
  [/千/u, 1e3],
];

/**
 * The yuan value an amount text states (亿 = 1e8, 万 = 1e4), or null when the text holds no
 * number. Only the first number and its multiplier count: 超120亿元 → 1.2e10.
 */
export function statedYuan(written: string): number | null {
  const text = written.replace(/億/gu, '亿').replace(/萬/gu, '万').replace(/兩/gu, '两');
  const match = /(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)([万亿千百]*)/u.exec(text);
  if (!match) return null;
  const value = parseChineseNumber(match[1]!);
  if (value === null) return null;
  const unit = match[2] ?? '';
  const multiplier = MULTIPLIERS.find(([re]) => re.test(unit))?.[1] ?? 1;
  return value * multiplier;
}

export function checkGold(gold: CorpusGold, text: string): string[] {
  const problems: string[] = [];
  const at = (where: string, what: string): void => void problems.push(`${where}: ${what}`);
  checkMetadata(gold, at);

  const agencies = new Set<string>();
  gold.agencies.forEach((a, i) => {
    if (!a.name) at(`agencies[${i}]`, 'no name');
    if (agencies.has(a.name)) at(`agencies[${i}]`, `duplicate agency ${a.name}`);
    agencies.add(a.name);
    if (!has(AGENCY_KINDS, a.kind)) at(`agencies[${i}]`, `kind ${a.kind}`);
    for (const m of a.mentions ?? [])
      if (!text.includes(m)) at(`agencies[${i}] ${a.name}`, `mention ${m} is not in the text`);
  });
  const projects = new Set<string>();
  gold.projects.forEach((p, i) => {
    if (!p.name) at(`projects[${i}]`, 'no name');
    if (projects.has(p.name)) at(`projects[${i}]`, `duplicate project ${p.name}`);
    projects.add(p.name);
    if (!has(PROJECT_KINDS, p.kind)) at(`projects[${i}]`, `kind ${p.kind}`);
  });

  const quoteOk = (where: string, quote: string | undefined): void => {
    if (quote === undefined || quote === '') return void at(where, 'no quote');
    if (!text.includes(quote)) at(where, `quote is not an exact substring: ${quote.slice(0, 40)}`);
  };
  (gold.roles ?? []).forEach((r, i) => {
    const where = `roles[${i}]`;
    if (!agencies.has(r.agency)) at(where, `agency ${r.agency} is not declared`);
    if (!projects.has(r.project)) at(where, `project ${r.project} is not declared`);
    if (!ROLE_KINDS.includes(r.role)) at(where, `role ${r.role}`);
    quoteOk(where, r.quote);
  });
  (gold.funding ?? []).forEach((f, i) => {
    const where = `funding[${i}] ${f.text}`;
    if (f.project && !projects.has(f.project)) at(where, `project ${f.project} is not declared`);
    if (f.agency && !agencies.has(f.agency)) at(where, `agency ${f.agency} is not declared`);
    if (!has(FUNDING_KINDS, f.kind)) at(where, `kind ${f.kind}`);
    const stated = statedYuan(f.text);
    if (stated === null) at(where, 'the text states no number');
    else if (Math.abs(stated - f.yuan) > Math.max(1, 0.005 * stated)) at(where, `yuan ${f.yuan} ≠ ${stated}`);
    quoteOk(where, f.quote);
    if (f.quote && !f.quote.includes(f.text.replace(/^[超近约逾]/u, '')))
      at(where, 'the quote does not contain the amount');
  });
  (gold.dependencies ?? []).forEach((d, i) => {
    const where = `dependencies[${i}]`;
    if (!projects.has(d.from)) at(where, `project ${d.from} is not declared`);
    if (!projects.has(d.to)) at(where, `project ${d.to} is not declared`);
    if (!has(DEPENDENCY_KINDS, d.kind)) at(where, `kind ${d.kind}`);
    quoteOk(where, d.quote);
  });
  (gold.places ?? []).forEach((p, i) => {
    if (!has(PLACE_LEVELS, p.level)) at(`places[${i}]`, `level ${p.level}`);
  });
  (gold.traps ?? []).forEach((t, i) => {
    if (t.quote && !text.includes(t.quote))
      at(`traps[${i}]`, `quote is not an exact substring: ${t.quote.slice(0, 40)}`);
  });
  return problems;
}

function checkMetadata(gold: CorpusGold, at: (where: string, what: string) => void): void {
  if (!gold.genre || !has(GENRES, gold.genre))
    at('genre', `expected one of ${GENRES.join(', ')}, got ${String(gold.genre)}`);
  if (!gold.region?.province) at('region', 'needs at least "province"');
  if (!gold.jurisdiction) at('jurisdiction', 'missing');
}
