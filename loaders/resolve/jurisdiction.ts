/**
 * The document's jurisdiction: the place it speaks for and the places above it. 省/市/区/县/镇 in
 * the text mean these (the guide: 市 = the city the document speaks for, 区 = its district, 省 = its
 * province); a county-level city's documents say 市 for themselves.
 */
import type { PlaceLevel } from '../../src/model/graph-json.js';
import { PlaceFinder, placeById, placeChain, type Place } from '../recognise/gazetteer.js';

export interface Jurisdiction {
  /** The most specific place the document speaks for (null when unknown). */
  place: Place | null;
  province: Place | null;
  city: Place | null;
  /** A district, county, county-level city or zone. */
  county: Place | null;
  town: Place | null;
  /** Full name of `place` (珠海市金湾区), '' when unknown. */
  name: string;
}

export function jurisdictionAt(place: Place | null): Jurisdiction {
  const chain = place ? placeChain(place) : [];
  const at = (levels: PlaceLevel[]): Place | null => chain.find((p) => levels.includes(p.level)) ?? null;
  const city = place?.cityId ? (placeById(place.cityId) ?? null) : null;
  const province = place?.provinceId ? (placeById(place.provinceId) ?? null) : null;
  return {
    place,
    province,
    city,
    county: at(['DISTRICT', 'COUNTY', 'ZONE']),
    town: at(['TOWN']),
    name: place?.fullName ?? '',
  };
}

/** The place a written jurisdiction (珠海市金湾区, 江门市, 广东省) names: its last, most specific place. */
export function placeNamed(written: string, near: Place | null = null): Place | null {
  const found = new PlaceFinder({ place: near }).find(written);
  const last = found[found.length - 1]?.place ?? null;
  // once the city is known, its local names (高新区, a bare district) can be read: 珠海市高新区
  if (!near && last) return placeNamed(written, last) ?? last;
  return last;
}

/** The place a marker (省, 市, 区, 县, 镇) stands for in this jurisdiction, if any. */
export function placeOfMarker(j: Jurisdiction, level: PlaceLevel): Place | null {
  switch (level) {
    case 'PROVINCE':
      return j.province;
    case 'CITY':
      // a county-level city's own documents call it 市
      return j.county?.level === 'COUNTY' && j.county.name.endsWith('市') ? j.county : j.city;
    case 'DISTRICT':
    case 'COUNTY':
      return j.county;
    case 'TOWN':
      return j.town;
    default:
      return null;
  }
}
