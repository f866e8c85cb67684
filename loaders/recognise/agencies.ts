/**
 * Agency mentions: where the text names a public body, party organ, task force, enterprise or
 * institution, with what was written before it (市, 省, 区, a place name, nothing) so that
 * resolve/agencies.ts can give it its full official name.
 *
 * Two dictionaries, both data: standard bureau names with their short forms (agency-bodies.json,
 * e.g. 发改局 = 发展和改革局) and name suffixes for everything else (agency-suffixes.json: 领导小组,
 * 筹备组, 集团…). Entity types never come from a general-purpose segmenter: jieba splits
 * 住房和城乡建设局 into 住房/和/城乡/建设局.
 */
import bodiesData from '../data/agency-bodies.json' with { type: 'json' };
import suffixData from '../data/agency-suffixes.json' with { type: 'json' };
import type { AgencyKind } from '../../src/model/graph-json.js';
import { PhraseTrie } from './phrase-trie.js';
import { jurisdictionEndingAt, jurisdictionStartingAt, type Jurisdiction } from '../resolve/jurisdiction.js';

export type AgencyPrefix =
  | { kind: 'place'; jurisdiction: Jurisdiction }
  | { kind: 'marker'; marker: '省' | '市' | '区' | '县' | '镇' | '国家' }
  | { kind: 'none' }
  | { kind: 'self' };

export interface AgencyMention {
  start: number;
  end: number;
  /** The text as written (cleaned view): 市发改局. */
  surface: string;
  /** Standard body name (发展和改革局) when the dictionary knows it; otherwise the written name without its prefix. */
  body: string;
  /** True when the body came from the standard-name dictionary. */
  standard: boolean;
  kind: AgencyKind;
  prefix: AgencyPrefix;
}

interface BodyEntry {
  name: string;
  kind: AgencyKind;
}

const bodyTrie = new PhraseTrie<BodyEntry>();
for (const b of bodiesData.bodies) {
  const entry: BodyEntry = { name: b.name, kind: b.kind as AgencyKind };
  bodyTrie.add(b.name, entry);
  for (const a of b.aliases) bodyTrie.add(a, entry);
}
const selfTrie = new PhraseTrie<true>(bodiesData.selfReferences.map((s) => [s, true]));
const suffixes = [...suffixData.suffixes].sort((a, b) => b.suffix.length - a.suffix.length);
const suffixTrie = new PhraseTrie<{ suffix: string; kind: AgencyKind }>(
  suffixes.map((s) => [s.suffix, { suffix: s.suffix, kind: s.kind as AgencyKind }]),
);
const stemStops = new PhraseTrie<true>(suffixData.stemStops.map((s) => [s, true]));
const genericStems = new Set(suffixData.genericStems);
const STEM_CHAR = /[\u4e00-\u9fffA-Za-z0-9()]/;
const MARKERS = ['国家', '省', '市', '区', '县', '镇'] as const;

function prefixBefore(text: string, start: number): { start: number; prefix: AgencyPrefix } {
  const place = jurisdictionEndingAt(text, start);
  if (place) {
    // 市 + 县级市 name is rare; a place name ending right before the body is its jurisdiction.
    return { start: place.start, prefix: { kind: 'place', jurisdiction: place.jurisdiction } };
  }
  for (const m of MARKERS) {
    if (text.startsWith(m, start - m.length)) {
      // 市级 / 区级: '级' sits between the marker and the name.
      return { start: start - m.length, prefix: { kind: 'marker', marker: m } };
    }
    if (text.startsWith(`${m}级`, start - m.length - 1)) {
      return { start: start - m.length - 1, prefix: { kind: 'marker', marker: m } };
    }
  }
  return { start, prefix: { kind: 'none' } };
}

/** The jurisdiction written at the start of a suffix-recognised name (市级…, 鹤洲新区…), if any. */
function prefixAtStart(text: string, start: number, limit: number): AgencyPrefix {
  const place = jurisdictionStartingAt(text, start, limit);
  if (place) return { kind: 'place', jurisdiction: place };
  for (const m of MARKERS) if (text.startsWith(m, start)) return { kind: 'marker', marker: m };
  return { kind: 'none' };
}

/** Suffix-recognised names: walk left from the suffix over name characters until a stop word. */
function suffixMentions(text: string, from: number, to: number): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of suffixTrie.findAll(text, from, to)) {
    // Only the longest suffix ending at this position counts (工作领导小组 over 领导小组).
    const longer = out.find((o) => o.end === m.end);
    if (longer) continue;
    let s = m.start;
    const limit = Math.max(from, m.start - suffixData.maxStem);
    while (s > limit && STEM_CHAR.test(text[s - 1]!)) {
      const stop = stemStops.endsAt(text, s, 8);
      if (stop) break;
      s--;
    }
    // A stop word that ends exactly where the name would start is excluded already; drop a dangling 的.
    let stem = text.slice(s, m.start);
    if (stem.startsWith('(')) {
      s++;
      stem = stem.slice(1);
    }
    if (stem.length < 2 || genericStems.has(stem) || /^\d/.test(stem)) continue;
    // A body name inside the stem (市政府投资项目…领导小组) is part of this longer name.
    const prefix = prefixAtStart(text, s, m.start);
    const full = text.slice(s, m.end);
    let kind = m.value.kind;
    if (kind === 'SOE' && !suffixData.governmentSoeMarkers.some((g) => stem.includes(g))) kind = 'ENTERPRISE';
    if (suffixData.partyMarkers.some((p) => full.startsWith(p))) kind = 'PARTY';
    out.push({ start: s, end: m.end, surface: full, body: full, standard: false, kind, prefix });
  }
  return out;
}

/** All agency mentions in text[from, to), non-overlapping, in order. */
export function findAgencyMentions(text: string, from = 0, to = text.length): AgencyMention[] {
  const found: AgencyMention[] = [];
  for (const m of bodyTrie.scan(text, from, to)) {
    const { start, prefix } = prefixBefore(text, m.start);
    // A bare short form with no jurisdiction (政府, 财政局) is too vague unless it is a full name.
    if (prefix.kind === 'none' && m.end - m.start < 4 && m.value.name !== text.slice(m.start, m.end))
      continue;
    if (
      prefix.kind === 'none' &&
      (m.value.name === '人民政府' || m.value.name === '管理委员会' || m.value.name === '执行委员会')
    )
      continue;
    // 市政府投资项目… : a body followed by more name characters is the start of a longer name.
    found.push({
      start,
      end: m.end,
      surface: text.slice(start, m.end),
      body: m.value.name,
      standard: true,
      kind: m.value.kind,
      prefix,
    });
  }
  for (const m of selfTrie.scan(text, from, to)) {
    found.push({
      start: m.start,
      end: m.end,
      surface: text.slice(m.start, m.end),
      body: '',
      standard: true,
      kind: 'GOVERNMENT',
      prefix: { kind: 'self' },
    });
  }
  found.push(...suffixMentions(text, from, to));
  // Overlaps: the longer mention wins (市政府投资项目谋划储备工作领导小组 over 市政府).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AgencyMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
