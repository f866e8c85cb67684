/**
 * Where projects are (guide §6). In order: a place in the project's own name (江海智慧…), a place
 * written right before it in its clause (红旗镇联港工业区南拓片区, 在金湾区建设…), else the document's own
 * jurisdiction (a district's work report builds in the district). Only projects that take part in
 * some other fact are placed.
 */
import type { RuleInfo } from '../../rule.js';
import type { Place } from '../../recognise/gazetteer.js';
import { targetKey, type LinkContext, type ProjectTarget, clauseAt } from '../context.js';
import type { LocationFact } from '../facts.js';

interface PlaceRule extends RuleInfo {
  place: (ctx: LinkContext, target: ProjectTarget) => Place | undefined;
}

const spanOf = (t: ProjectTarget) => (t.task ? t.task.nameSpan : t.mention);

export const inName: PlaceRule = {
  id: 'place/in-name',
  purpose: 'A place named inside a project’s name locates it.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '金湾生物医药园工业水质净化厂二期' },
  place: (ctx, t) => {
    const span = spanOf(t);
    const found = ctx.doc.places.find(ctx.text, span.start, span.end);
    return found.sort((a, b) => depth(b.place) - depth(a.place))[0]?.place;
  },
};

export const beforeInClause: PlaceRule = {
  id: 'place/before-in-clause',
  purpose: 'A place written right before a project in its clause (在X建设P, X镇P) locates it.',
  example: {
    doc: '001_c9b0bbd917161d38.txt',
    text: '红旗镇联港工业区南拓片区、平沙镇平塘河“一河两岸”农文旅融合等项目全速推进',
  },
  place: (ctx, t) => {
    const span = spanOf(t);
    const clause = clauseAt(ctx, span.start);
    if (!clause) return undefined;
    const found = ctx.doc.places
      .find(ctx.text, clause.start, span.start)
      .filter((m) => span.start - m.end <= 2);
    return found[found.length - 1]?.place;
  },
};

export const jurisdiction: PlaceRule = {
  id: 'place/jurisdiction',
  purpose: 'A project of a document with no place of its own is in the document’s jurisdiction.',
  example: { doc: '001_c9b0bbd917161d38.txt', text: '高质量完成金湖公园绿美广东示范点一期工程建设' },
  place: (ctx) => ctx.doc.jurisdiction.place ?? undefined,
};

export const PLACE_RULES: readonly PlaceRule[] = [inName, beforeInClause, jurisdiction];

function depth(p: Place): number {
  return { PROVINCE: 0, CITY: 1, DISTRICT: 2, COUNTY: 2, ZONE: 3, AREA: 3, TOWN: 4, VILLAGE: 5 }[p.level];
}

export function linkPlaces(ctx: LinkContext, placed: readonly ProjectTarget[]): LocationFact[] {
  const seen = new Set<string>();
  const out: LocationFact[] = [];
  for (const target of placed) {
    const key = targetKey(target);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const rule of PLACE_RULES) {
      const place = rule.place(ctx, target);
      if (!place) continue;
      out.push({ target, place, evidence: spanOf(target), rule: rule.id });
      break;
    }
  }
  return out;
}
