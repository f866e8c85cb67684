/**
 * Agency resolution: every mention → one canonical agency per real body.
 *
 * The canonical name is the full official name with the jurisdiction prefix, which comes from the
 * DOCUMENT: 市财政局 in a Jiangmen bulletin is 江门市财政局, 区财政局 in a 金湾区 report is
 * 珠海市金湾区财政局, 省商务厅 is 广东省商务厅. 我局 is the issuing body. The node id is
 * `agency:` + canonical name, so the same body in two documents is one node.
 */
import type { AgencyKind } from '../../src/model/graph-json.js';
import type { AgencyMention } from '../recognise/agencies.js';
import { jurisdictionNamed, provinceJurisdiction, type Jurisdiction } from './jurisdiction.js';

export type AgencyLevel = 'NATIONAL' | 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWN';

export interface ResolvedAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  /** Full name of the jurisdiction (珠海市), or null for enterprises and national bodies. */
  jurisdiction: string | null;
  placeId: string | null;
}

export interface DocumentJurisdiction {
  /** 珠海市, 珠海市金湾区, 江门市 */
  name: string;
  /** The issuing body (canonical name) that 我局 refers to, if it is an agency. */
  issuer: string | null;
}

export function agencyId(canonicalName: string): string {
  return `agency:${canonicalName}`;
}

function levelOf(j: Jurisdiction): AgencyLevel {
  if (j.name === '国家') return 'NATIONAL';
  return j.level === 'PROVINCE' ? 'PROVINCE' : j.level === 'CITY' ? 'CITY' : 'DISTRICT';
}

/** The body's name under a jurisdiction: 珠海市 + 发展和改革局; a district's 人民政府 keeps its full form. */
function join(j: Jurisdiction, body: string): string {
  return `${j.name}${body}`;
}

const NATIONAL: Jurisdiction = { name: '国家', local: '国家', level: 'PROVINCE', city: null, placeId: '' };

export class AgencyResolver {
  private readonly doc: Jurisdiction;
  private readonly city: Jurisdiction | undefined;

  constructor(private readonly context: DocumentJurisdiction) {
    this.doc = jurisdictionNamed(context.name) ?? {
      name: context.name,
      local: context.name,
      level: 'CITY',
      city: context.name,
      placeId: '',
    };
    this.city = this.doc.city ? jurisdictionNamed(this.doc.city) : undefined;
  }

  /** The canonical agency of a mention, or undefined when it cannot be pinned to one body. */
  resolve(m: AgencyMention): ResolvedAgency | undefined {
    if (m.prefix.kind === 'self') {
      return this.context.issuer ? this.fromName(this.context.issuer) : undefined;
    }
    const j = this.jurisdictionOf(m);
    if (!m.standard) return this.nonStandard(m, j);
    if (!j) return undefined;
    const name = join(j, m.body);
    return {
      id: agencyId(name),
      name,
      kind: m.kind,
      level: levelOf(j),
      jurisdiction: j.name,
      placeId: j.placeId || null,
    };
  }

  /** The resolved agency for a canonical name given in metadata (the issuer). */
  fromName(name: string): ResolvedAgency {
    const j = this.doc;
    const kind: AgencyKind = /领导小组|指挥部|专班|筹备组/.test(name) ? 'TASK_FORCE' : 'GOVERNMENT';
    return {
      id: agencyId(name),
      name,
      kind,
      level: levelOf(j),
      jurisdiction: j.name,
      placeId: j.placeId || null,
    };
  }

  private jurisdictionOf(m: AgencyMention): Jurisdiction | undefined {
    const p = m.prefix;
    if (p.kind === 'place') return p.jurisdiction;
    if (p.kind === 'marker') {
      if (p.marker === '省') return provinceJurisdiction();
      if (p.marker === '市') return this.city ?? this.doc;
      if (p.marker === '区' || p.marker === '县' || p.marker === '镇') {
        return this.doc.level === 'DISTRICT' || this.doc.level === 'ZONE' ? this.doc : undefined;
      }
      return NATIONAL;
    }
    // No prefix: the document's own jurisdiction ('财政局' in a list after '市发展改革局、').
    return this.doc;
  }

  private nonStandard(m: AgencyMention, j: Jurisdiction | undefined): ResolvedAgency {
    let name = m.surface;
    const p = m.prefix;
    if (m.kind === 'ENTERPRISE' || (m.kind === 'SOE' && p.kind === 'none')) {
      return { id: agencyId(name), name, kind: m.kind, level: 'CITY', jurisdiction: null, placeId: null };
    }
    if (p.kind === 'marker' && j) {
      // 市级政府性资金…领导小组 → 珠海市政府性资金…领导小组
      name = name.replace(/^(国家|省|市|区|县|镇)级?/, j.name);
    } else if (p.kind === 'place' && j) {
      // 鹤洲新区筹备组 → 珠海市鹤洲新区筹备组: a district or zone written without its city gets it.
      if (
        j.level !== 'CITY' &&
        j.level !== 'PROVINCE' &&
        j.city &&
        !name.startsWith(j.city.replace(/市$/, ''))
      ) {
        name = `${j.city}${name}`;
      }
    } else if (p.kind === 'none' && m.kind === 'TASK_FORCE') {
      name = `${this.doc.name}${name}`;
    }
    const level: AgencyLevel = j ? levelOf(j) : 'CITY';
    return {
      id: agencyId(name),
      name,
      kind: m.kind,
      level,
      jurisdiction: j?.name ?? this.doc.name,
      placeId: j?.placeId || null,
    };
  }
}
