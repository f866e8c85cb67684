/**
 * Agency resolution: every mention → one canonical agency, the full official name with its
 * jurisdiction prefix (guide §1). The prefix comes from the mention (江门市, 金湾区) or, for 省/市/区,
 * from the document's jurisdiction: 市财政局 is 江门市财政局 in a Jiangmen bulletin. Short forms are
 * expanded (发改局 → 发展和改革局), party bodies take their template (市委 → 中共珠海市委员会),
 * 我局 is the issuer, 我市 the city's government, and a misspelt standard body is that body.
 * The node id is `agency:` + canonical name, so the same body in two documents is one node.
 */
import type { AgencyKind } from '../../src/model/graph-json.js';
import bodiesFile from '../data/agency-bodies.json' with { type: 'json' };
import { VERTICAL_NAMES, type AgencyMention, type AgencyPrefix } from '../recognise/agencies.js';
import type { Place } from '../recognise/gazetteer.js';
import { placeOfMarker, type Jurisdiction } from './jurisdiction.js';

export type AgencyLevel = 'NATIONAL' | 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWN';

export interface ResolvedAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  /** Full name of its jurisdiction (珠海市), null for national bodies and enterprises. */
  jurisdiction: string | null;
  place: Place | null;
}

export function agencyId(canonicalName: string): string {
  return `agency:${canonicalName}`;
}

const LEVEL_OF: Record<string, AgencyLevel> = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
  COUNTY: 'DISTRICT',
  ZONE: 'DISTRICT',
  AREA: 'DISTRICT',
  TOWN: 'TOWN',
  VILLAGE: 'TOWN',
};

/** Standard bodies by name, for misspelling repair (市发展改草局 → 发展和改革局). */
const STANDARD = (
  bodiesFile.bodies as { name: string; forms: string[]; kind: string; template?: string }[]
).filter((b) => !b.template && b.name.length >= 4);

export class AgencyResolver {
  constructor(
    private readonly jurisdiction: Jurisdiction,
    private readonly issuer: ResolvedAgency | null,
  ) {}

  /** The canonical agency of a mention, or undefined when no single body can be named. */
  resolve(m: AgencyMention): ResolvedAgency | undefined {
    const body = m.body;
    switch (body.kind) {
      case 'issuer':
        return this.issuer ?? undefined;
      case 'government': {
        const place = placeOfMarker(this.jurisdiction, body.level);
        return place ? this.make(`${place.fullName}人民政府`, 'GOVERNMENT', place) : undefined;
      }
      case 'national':
        return {
          id: agencyId(body.name),
          name: body.name,
          kind: m.kind,
          level: 'NATIONAL',
          jurisdiction: null,
          place: null,
        };
      case 'standard': {
        const place = this.placeOf(m.prefix);
        if (!place) return undefined;
        const name = body.template
          ? body.template.replace('{J}', place.fullName)
          : place.fullName + body.name;
        return this.make(name, m.kind, place);
      }
      case 'named':
        return this.named(m, body.name);
    }
  }

  /** An agency named in full elsewhere (the manifest's issuer): resolved like a mention. */
  private make(name: string, kind: AgencyKind, place: Place | null): ResolvedAgency {
    return {
      id: agencyId(name),
      name,
      kind,
      level: place ? (LEVEL_OF[place.level] ?? 'CITY') : 'CITY',
      jurisdiction: place?.fullName ?? null,
      place,
    };
  }

  private placeOf(prefix: AgencyPrefix): Place | null {
    if (prefix.kind === 'place') return prefix.place;
    if (prefix.kind === 'marker') return placeOfMarker(this.jurisdiction, prefix.level);
    return null;
  }

  /** A body outside the standard list: its written prefix replaced by the full jurisdiction name. */
  private named(m: AgencyMention, written: string): ResolvedAgency | undefined {
    const vertical = VERTICAL_NAMES.find((v) => v.written.test(written));
    if (vertical)
      return {
        ...this.make(written.replace(vertical.written, vertical.canonical), 'GOVERNMENT', null),
        level: 'NATIONAL',
      };
    const place = this.placeOf(m.prefix);
    if (
      (m.kind === 'ENTERPRISE' || m.kind === 'SOE' || m.kind === 'INSTITUTION') &&
      m.prefix.kind !== 'marker'
    )
      return this.make(written, m.kind, m.prefix.kind === 'place' ? m.prefix.place : null);
    if (place) return this.withPrefix(m, written, place);
    // a task force named without a prefix (帮办代办专班) is the document's own
    const own = this.jurisdiction.place;
    return m.kind === 'TASK_FORCE' && m.prefix.kind === 'none' && own
      ? this.withPrefix(m, written, own)
      : undefined;
  }

  private withPrefix(m: AgencyMention, written: string, place: Place): ResolvedAgency {
    const rest = stripWrittenPrefix(written, m.prefix, place);
    const repaired = nearestStandard(rest);
    if (repaired) return this.make(place.fullName + repaired.name, repaired.kind as AgencyKind, place);
    return this.make(rest.startsWith(place.fullName) ? rest : place.fullName + rest, m.kind, place);
  }
}

/** The name without the jurisdiction as written (市级…, 江门市…, 江海区…). */
function stripWrittenPrefix(written: string, prefix: AgencyPrefix, place: Place): string {
  if (prefix.kind === 'marker') return written.replace(/^(省|市|州|区|县|镇|乡|街道)级?/u, '');
  for (const form of [place.fullName, place.name, ...place.aliases].sort((a, b) => b.length - a.length))
    if (written.startsWith(form)) return written.slice(form.length);
  return written;
}

/** A standard body within one edit of `name` (a dropped or replaced character), if exactly one is. */
function nearestStandard(name: string): { name: string; kind: string } | undefined {
  if (name.length < 4) return undefined;
  const near = STANDARD.filter((b) =>
    b.forms.some((f) => f !== name && f.length >= 4 && withinOneEdit(f, name)),
  );
  return near.length === 1 ? near[0] : undefined;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [x, y] = [a.slice(i), b.slice(i)];
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1);
}
