/**
 * Agency mentions by the naming grammar of Chinese public bodies:
 *
 *   mention  = prefix? body
 *   prefix   = place (珠海市, 金湾区, 江门, 鹤山市 …, from the gazetteer)
 *            | marker (省 市 区 县 镇 …: the document's own jurisdiction at that level, 市级 too)
 *            | 中共 place? (party bodies)
 *   body     = a standard body form (财政局, 发改委, 人社局, 委组织部 … data/agency-bodies.json)
 *            | stem suffix (水利重大工程项目指挥部, 公路事务中心, 某某集团有限公司 … data/agency-grammar.json)
 *   self     = 我局 / 本局 … (the issuer) | 我市 / 我区 … (the government of the document's own area)
 *   national = 国务院, 国家发展改革委, 财政部 … (no prefix)
 *
 * A bare body with no prefix (财政局) names nothing by itself, except right after a prefixed one in a
 * list (市发改局、财政局): it shares that prefix. Resolution to canonical names is resolve/agencies.ts.
 */
import type { AgencyKind, PlaceLevel } from '../../src/model/graph-json.js';
import bodiesFile from '../data/agency-bodies.json' with { type: 'json' };
import grammarFile from '../data/agency-grammar.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';
import type { Place, PlaceFinder } from './gazetteer.js';
import { PhraseTrie } from './phrase-trie.js';

export type AgencyPrefix =
  { kind: 'place'; place: Place } | { kind: 'marker'; level: PlaceLevel } | { kind: 'none' };

export interface AgencyMention {
  start: number;
  end: number;
  /** As written (cleaned view): 市发改局. */
  surface: string;
  prefix: AgencyPrefix;
  /** What the mention names, before its jurisdiction is known. */
  body:
    | { kind: 'standard'; name: string; template: string | null }
    | { kind: 'named'; name: string }
    | { kind: 'national'; name: string }
    | { kind: 'issuer' }
    | { kind: 'government'; level: PlaceLevel };
  kind: AgencyKind;
  /** A suffix-recognised name that counts only with a jurisdiction prefix (its own or its list's). */
  needsPrefix?: boolean;
}

interface BodyEntry {
  name: string;
  forms: string[];
  kind: string;
  template?: string;
}
interface SuffixEntry {
  suffix: string;
  kind: string;
  needsPrefix: boolean;
}
const bodyCues = checkCueFile<{ bodies: BodyEntry[]; national: BodyEntry[] }>(
  'agency-bodies.json',
  bodiesFile,
  {
    bodies: { list: { name: 'string', forms: 'strings', kind: 'string', template: 'string?' } },
    national: { list: { name: 'string', forms: 'strings', kind: 'string' } },
  },
);
const grammar = checkCueFile<{
  markers: Record<string, string>;
  markerNotAfter: Record<string, string>;
  selfIssuer: string[];
  selfGovernment: Record<string, string>;
  suffixes: SuffixEntry[];
  stemStops: string[];
  genericStems: string[];
  soeMarkers: string[];
  maxStem: number;
  verticalNames: { written: string; canonical: string }[];
}>('agency-grammar.json', grammarFile, {
  markers: { map: 'string' },
  markerNotAfter: { map: 'string' },
  selfIssuer: 'strings',
  selfGovernment: { map: 'string' },
  suffixes: { list: { suffix: 'string', kind: 'string', needsPrefix: 'boolean' } },
  stemStops: 'strings',
  genericStems: 'strings',
  soeMarkers: 'strings',
  maxStem: 'number',
  verticalNames: { list: { written: 'string', canonical: 'string' } },
});

/** Short forms of vertically managed bodies and their full names (人行X中心支行 → 中国人民银行X中心支行). */
export const VERTICAL_NAMES = grammar.verticalNames.map((v) => ({
  written: new RegExp(v.written, 'u'),
  canonical: v.canonical,
}));

type Lexeme =
  | { type: 'body'; entry: BodyEntry }
  | { type: 'national'; entry: BodyEntry }
  | { type: 'issuer' }
  | { type: 'government'; level: PlaceLevel };

const lexicon = new PhraseTrie<Lexeme>();
for (const entry of bodyCues.bodies) for (const f of entry.forms) lexicon.add(f, { type: 'body', entry });
for (const entry of bodyCues.national)
  for (const f of entry.forms) lexicon.add(f, { type: 'national', entry });
for (const s of grammar.selfIssuer) lexicon.add(s, { type: 'issuer' });
for (const [s, level] of Object.entries(grammar.selfGovernment))
  lexicon.add(s, { type: 'government', level: level as PlaceLevel });

const suffixTrie = new PhraseTrie<SuffixEntry>(grammar.suffixes.map((s) => [s.suffix, s]));
const stemStops = new PhraseTrie<true>(grammar.stemStops.map((s) => [s, true]));
const genericStems = new Set(grammar.genericStems);
const markers = Object.entries(grammar.markers).sort((a, b) => b[0].length - a[0].length);
const STEM_CHAR = /[\u4e00-\u9fffA-Za-z0-9()]/u;
const LIST_JOINER = /^[、和及与]$/u;

/** The jurisdiction prefix ending at `end`: a place (with an optional 中共 before it) or a marker. */
export function prefixEndingAt(
  text: string,
  end: number,
  places: PlaceFinder,
): { start: number; prefix: AgencyPrefix } | undefined {
  const place = places.endingAt(text, end);
  if (place) return { start: place.start, prefix: { kind: 'place', place: place.place } };
  for (const [marker, level] of markers) {
    for (const written of [marker, `${marker}级`]) {
      const start = end - written.length;
      if (start < 0 || !text.startsWith(written, start)) continue;
      const before = text[start - 1] ?? '';
      const blocked = `${grammar.markerNotAfter['*'] ?? ''}${grammar.markerNotAfter[marker] ?? ''}`;
      if (before && blocked.includes(before)) continue;
      return { start, prefix: { kind: 'marker', level: level as PlaceLevel } };
    }
  }
  return undefined;
}

/** Standard bodies, national bodies and self-references. */
function lexiconMentions(text: string, from: number, to: number, places: PlaceFinder): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of lexicon.findAll(text, from, to)) {
    const lexeme = m.value;
    const surface = text.slice(m.start, m.end);
    if (lexeme.type === 'issuer') {
      out.push({
        start: m.start,
        end: m.end,
        surface,
        prefix: { kind: 'none' },
        body: { kind: 'issuer' },
        kind: 'GOVERNMENT',
      });
      continue;
    }
    if (lexeme.type === 'government') {
      out.push({
        start: m.start,
        end: m.end,
        surface,
        prefix: { kind: 'none' },
        body: { kind: 'government', level: lexeme.level },
        kind: 'GOVERNMENT',
      });
      continue;
    }
    const kind = lexeme.entry.kind as AgencyKind;
    if (lexeme.type === 'national') {
      out.push({
        start: m.start,
        end: m.end,
        surface,
        prefix: { kind: 'none' },
        body: { kind: 'national', name: lexeme.entry.name },
        kind,
      });
      continue;
    }
    if (surface === '委' && /^[员托屈派]/u.test(text[m.end] ?? '')) continue; // 委员, 委托
    const found = prefixEndingAt(text, m.start, places);
    const partyStart = found && text.startsWith('中共', found.start - 2) ? found.start - 2 : found?.start;
    const start = partyStart ?? m.start;
    out.push({
      start,
      end: m.end,
      surface: text.slice(start, m.end),
      prefix: found?.prefix ?? { kind: 'none' },
      body: { kind: 'standard', name: lexeme.entry.name, template: lexeme.entry.template ?? null },
      kind,
    });
  }
  return out;
}

/** Bodies outside the standard list, by their suffix: walk left over name characters to a stop. */
function suffixMentions(text: string, from: number, to: number, places: PlaceFinder): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of suffixTrie.findAll(text, from, to)) {
    if (out.some((o) => o.end === m.end)) continue; // the longest suffix ending here was taken
    if (/^[长任员]/u.test(text[m.end] ?? '') && m.value.suffix.endsWith('局')) continue; // 局长
    let stemStart = stemStartBefore(text, m.start, Math.max(from, m.start - grammar.maxStem));
    // 高栏港医院3家医院: a count ends the name before it
    const counted = [
      ...text.slice(stemStart, m.start).matchAll(/(?:\d+|[两三四五六七八九十]+)[家个所座项批]/gu),
    ].pop();
    if (counted) stemStart += counted.index + counted[0].length;
    const name = text.slice(stemStart, m.end);
    const head = places.longestAt(text, stemStart, m.start);
    const marker = head ? undefined : markerAt(text, stemStart);
    const prefix: AgencyPrefix = head
      ? { kind: 'place', place: head.place }
      : marker
        ? { kind: 'marker', level: marker.level }
        : (prefixEndingAt(text, stemStart, places)?.prefix ?? { kind: 'none' });
    const stem = text.slice(head ? head.end : marker ? stemStart + marker.length : stemStart, m.start);
    if (stem.length < 2) continue;
    if (genericStems.has(stem) || /^\d/u.test(stem)) continue;
    out.push({
      start: stemStart,
      end: m.end,
      surface: name,
      prefix,
      body: { kind: 'named', name },
      kind: namedKind(name, m.value),
      ...(m.value.needsPrefix ? { needsPrefix: true } : {}),
    });
  }
  return out;
}

function stemStartBefore(text: string, suffixStart: number, limit: number): number {
  let s = suffixStart;
  while (s > limit && STEM_CHAR.test(text[s - 1]!)) {
    if (stemStops.endsAt(text, s, 6)) break;
    s--;
  }
  if (text[s] === '(') s++;
  return s;
}

function markerAt(text: string, at: number): { length: number; level: PlaceLevel } | undefined {
  for (const [marker, level] of markers) {
    if (!text.startsWith(marker, at)) continue;
    const length = text.startsWith(`${marker}级`, at) ? marker.length + 1 : marker.length;
    return { length, level: level as PlaceLevel };
  }
  return undefined;
}

function namedKind(name: string, suffix: SuffixEntry): AgencyKind {
  const kind = suffix.kind as AgencyKind;
  if (/^中共|党委|党组|党工委/u.test(name)) return 'PARTY';
  if (kind === 'ENTERPRISE' && grammar.soeMarkers.some((w) => name.includes(w))) return 'SOE';
  return kind;
}

/** All agency mentions in text[from, to), non-overlapping, in order. */
export function findAgencyMentions(
  text: string,
  places: PlaceFinder,
  from = 0,
  to = text.length,
): AgencyMention[] {
  const candidates = [...lexiconMentions(text, from, to, places), ...suffixMentions(text, from, to, places)];
  // overlaps: the longer mention wins (市政府投资项目谋划储备工作领导小组 over 市政府)
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: AgencyMention[] = [];
  for (const m of candidates) {
    const last = chosen[chosen.length - 1];
    if (last && m.start < last.end) {
      if (wins(m, last)) chosen[chosen.length - 1] = m;
      continue;
    }
    chosen.push(m);
  }
  return withListedPlaces(text, shareListPrefixes(text, chosen), places).filter((m) => namesSomeone(m));
}

/**
 * 荔湾区、黄埔区政府: places listed before a body share it (each is that place's 政府). The places
 * must be a plain list (separated by 、 or 和) ending right before the body's own place.
 */
function withListedPlaces(text: string, mentions: AgencyMention[], places: PlaceFinder): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of mentions) {
    if (m.prefix.kind === 'place' && m.body.kind === 'standard') {
      const listed: AgencyMention[] = [];
      let at = m.start;
      while (at > 1 && /[、和与及]/u.test(text[at - 1]!)) {
        const place = places.endingAt(text, at - 1);
        if (!place || place.place.level !== m.prefix.place.level) break;
        listed.unshift({
          ...m,
          start: place.start,
          end: place.end,
          surface: place.text,
          prefix: { kind: 'place', place: place.place },
        });
        at = place.start;
      }
      if (listed.length && !out.some((o) => o.end > listed[0]!.start)) out.push(...listed);
    }
    out.push(m);
  }
  return out;
}

/**
 * Of two overlapping mentions the longer wins (市政府投资项目谋划储备工作领导小组 over 市政府), except
 * that a standard body with its prefix beats a suffix name ending at the same place, whose stem ran
 * over other words (有关单位市发展改革局 is 市发展改革局).
 */
function wins(m: AgencyMention, over: AgencyMention): boolean {
  const standard = (x: AgencyMention): boolean => x.body.kind === 'standard' && x.prefix.kind !== 'none';
  if (m.end === over.end && standard(over) && m.body.kind === 'named') return false;
  if (m.end === over.end && standard(m) && over.body.kind === 'named') return true;
  return m.end - m.start > over.end - over.start;
}

/** 市发改局、财政局: a bare body right after a prefixed one in a list shares its prefix. */
function shareListPrefixes(text: string, mentions: AgencyMention[]): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    const listed =
      previous && previous.prefix.kind !== 'none' && LIST_JOINER.test(text.slice(previous.end, m.start));
    const bare = m.prefix.kind === 'none' && (m.body.kind === 'standard' || m.body.kind === 'named');
    out.push(listed && bare ? { ...m, prefix: previous.prefix } : m);
  }
  return out;
}

/** A standard body with no prefix (财政局, 政府) names no particular body, nor does 某某局 with none. */
function namesSomeone(m: AgencyMention): boolean {
  if (m.prefix.kind !== 'none') return true;
  return m.body.kind !== 'standard' && !m.needsPrefix;
}
