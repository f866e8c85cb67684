/**
 * Link stage, places: LOCATED_IN (Project → Place) where the project's name or its clause states
 * the place, and PART_OF (Place → Place) for the hierarchy of every place used.
 *
 * A project is located in: every place inside its name (高栏港水果进口码头项目 → 高栏港); a place
 * right before it in its clause (合作区在建的十字门隧道); a place after 位于/落户 in its sentence;
 * 全省/全市 at the start of its name. A project with none of these is located in the document's
 * jurisdiction (a city's measure applies in that city) with props.basis = 'JURISDICTION'.
 */
import type { GraphEdge, GraphNode } from '../../src/model/graph-json.js';
import cues from '../data/place-links.json' with { type: 'json' };
import {
  findPlaces,
  jurisdictionCity,
  placeById,
  placeHierarchy,
  placesNamed,
  type Place,
  type PlaceMention,
} from '../recognise/places.js';
import { evidenceFor } from './evidence.js';
import { mergeEdges, type LinkResult, type SpanRef } from './funding.js';

export interface PlaceLinkInput {
  docId: string;
  text: string;
  clean: string;
  /** 珠海市, 珠海市金湾区 … */
  jurisdiction: string | null;
  projects: readonly SpanRef[];
  /** Agency mentions: places inside them (市财政局, 珠海港集团) do not locate projects. */
  agencies: readonly SpanRef[];
  /** Place mentions of the document; found here when not given. */
  places?: readonly PlaceMention[];
}

const CLAUSE_BREAK = /[。;;!?!?\n,,::]/u;
const SENTENCE_BREAK = /[。;;!?!?\n]/u;
const BETWEEN = new Set(cues.between);
const LOCATED_AFTER = new RegExp(`(${cues.locatedAfter.join('|')})$`, 'u');
const ROAD_HEADS = [...cues.roadHeads].sort((a, b) => b.length - a.length);
const PAIR_MARKS = new Set(cues.pairMarks);
const ALTERNATIVES = cues.alternatives;

function boundaryBack(text: string, at: number, stop: RegExp): number {
  let i = at;
  while (i > 0 && !stop.test(text[i - 1]!)) i--;
  return i;
}
function boundaryForward(text: string, at: number, stop: RegExp): number {
  let i = at;
  while (i < text.length && !stop.test(text[i]!)) i++;
  return i;
}

/** The Place node for a place, with the surface forms used as aliases. */
export function placeNode(place: Place): GraphNode {
  const aliases = [place.shortName, ...place.aliases].filter(
    (a, i, all) => a !== place.name && all.indexOf(a) === i,
  );
  return {
    id: place.id,
    label: 'Place',
    name: place.name,
    aliases,
    props: { level: place.level, code: place.code },
  };
}

export function linkPlaces(input: PlaceLinkInput): LinkResult {
  const { clean, docId, text } = input;
  // character coverage instead of span-by-span tests: linear in the text, not mentions × spans
  const inAgency = new Uint8Array(clean.length + 1);
  for (const a of input.agencies) inAgency.fill(1, a.start, a.end);
  const inProject = new Uint8Array(clean.length + 1);
  for (const p of input.projects) inProject.fill(1, p.start, p.end);
  const covered = (cover: Uint8Array, m: PlaceMention): boolean => {
    for (let i = m.start; i < m.end; i++) if (!cover[i]) return false;
    return true;
  };
  const mentions = (input.places ?? findPlaces(clean, { jurisdiction: input.jurisdiction }))
    .filter((m) => !covered(inAgency, m))
    .sort((a, b) => a.start - b.start);
  /** Index of the first mention starting at or after `pos`. */
  const firstFrom = (pos: number): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const edges: GraphEdge[] = [];
  const used = new Map<string, PlaceMention | null>();
  const located = (project: SpanRef, place: Place, evStart: number, evEnd: number, basis: string): void => {
    edges.push({
      type: 'LOCATED_IN',
      from: project.id,
      to: place.id,
      props: { basis },
      evidence: [evidenceFor(docId, text, evStart, evEnd)],
    });
    if (!used.has(place.id)) used.set(place.id, null);
  };

  const city = jurisdictionCity(input.jurisdiction);
  for (const project of input.projects) {
    let found = false;
    // 1. places inside the name
    for (let k = firstFrom(project.start); k < mentions.length && mentions[k]!.start < project.end; k++) {
      const m = mentions[k]!;
      if (m.end > project.end || !locatesByName(clean, project, m, mentions)) continue;
      // the document's own city in a name (珠海市…系统) says no more than the jurisdiction default
      const basis = city && m.place.id === city.id ? 'JURISDICTION' : 'NAME';
      located(project, m.place, project.start, project.end, basis);
      found = true;
    }
    const name = clean.slice(project.start, project.end);
    for (const w of cues.wholeArea.province) {
      if (name.startsWith(w)) {
        const gd = placeById('place:440000');
        if (gd) located(project, gd, project.start, project.end, 'NAME');
        found = true;
      }
    }
    for (const w of cues.wholeArea.city) {
      if (name.startsWith(w) && city) {
        located(project, city, project.start, project.end, 'NAME');
        found = true;
      }
    }
    // 2. a place right before it in the clause (not one inside another project's name: 高栏港铁路、港弘码头)
    const clauseStart = boundaryBack(clean, project.start, CLAUSE_BREAK);
    let before: PlaceMention | undefined;
    for (let k = firstFrom(clauseStart); k < mentions.length && mentions[k]!.start < project.start; k++) {
      const m = mentions[k]!;
      if (m.end <= project.start && (!before || m.end > before.end)) before = m;
    }
    if (
      before &&
      !covered(inProject, before) &&
      BETWEEN.has(betweenText(clean, before.end, project.start, input.projects))
    ) {
      located(project, before.place, before.start, project.end, 'CLAUSE');
      found = true;
    }
    // 3. 位于/落户 + place right after it (落户A或B is an option, not a location)
    const sentenceEnd = boundaryForward(clean, project.end, SENTENCE_BREAK);
    for (let k = firstFrom(project.end); k < mentions.length && mentions[k]!.start < sentenceEnd; k++) {
      const m = mentions[k]!;
      if (m.end > sentenceEnd) continue;
      const gap = clean.slice(project.end, m.start).replace(/\s/g, '');
      if (gap.length > cues.maxLocatedGap || !LOCATED_AFTER.test(gap)) continue;
      if (ALTERNATIVES.some((a) => clean.startsWith(a, m.end))) break;
      located(project, m.place, project.start, m.end, 'CLAUSE');
      found = true;
      break;
    }
    // 4. the jurisdiction
    if (!found && city) {
      const place = jurisdictionPlace(input.jurisdiction) ?? city;
      located(project, place, project.start, project.end, 'JURISDICTION');
    }
  }

  // PART_OF for the hierarchy of every place used, evidenced by a mention of the child place
  const nodes = new Map<string, GraphNode>();
  const firstMention = new Map<string, PlaceMention>();
  for (const m of mentions) if (!firstMention.has(m.place.id)) firstMention.set(m.place.id, m);
  for (const placeId of used.keys()) {
    const place = placeById(placeId);
    if (place) nodes.set(place.id, placeNode(place));
    for (const [child, parent] of placeHierarchy(placeId)) {
      const parentPlace = placeById(parent);
      if (parentPlace) nodes.set(parent, placeNode(parentPlace));
      const childPlace = placeById(child);
      if (childPlace) nodes.set(child, placeNode(childPlace));
      const mention = firstMention.get(child) ?? firstMention.get(placeId);
      if (!mention) continue;
      edges.push({
        type: 'PART_OF',
        from: child,
        to: parent,
        props: {},
        evidence: [evidenceFor(docId, text, mention.start, mention.end)],
      });
    }
  }
  return { nodes: [...nodes.values()], edges: mergeEdges(edges) };
}

/**
 * Whether a place inside a project's name locates the project. It does not when it names a road or
 * bridge (洪湾大道, 南湾大道(横琴大桥至红东互通段)), a partner (珠海-黑河中药材国际展示中心), or a
 * province in the middle of a name (中医药广东省实验室: a designation, not a site).
 */
function locatesByName(
  clean: string,
  project: SpanRef,
  m: PlaceMention,
  mentions: readonly PlaceMention[],
): boolean {
  if (ROAD_HEADS.some((h) => clean.startsWith(h, m.end) && m.end + h.length <= project.end)) return false;
  if (PAIR_MARKS.has(clean[m.end] ?? '') || PAIR_MARKS.has(clean[m.start - 1] ?? '')) {
    const partner = mentions.some(
      (o) => o !== m && (o.start === m.end + 1 || o.end === m.start - 1) && o.start >= project.start,
    );
    if (partner) return false;
  }
  const open = clean.lastIndexOf('(', m.start);
  if (open >= project.start && !clean.slice(open, m.start).includes(')')) {
    const close = clean.indexOf(')', m.end);
    if (close > 0 && close <= project.end && /至.*段$/.test(clean.slice(open + 1, close))) return false;
  }
  const inner = clean.slice(project.start, m.start).replace(/^[“"《(]+/, '');
  if (m.place.level === 'PROVINCE' && inner.length > 0) return false;
  return true;
}

/**
 * The words between a place and a project, without other project mentions and list marks, so that
 * every member of 合作区在建的A、B、C等项目 gets the place.
 */
function betweenText(clean: string, from: number, to: number, projects: readonly SpanRef[]): string {
  const chars = clean.slice(from, to).split('');
  for (const p of projects) {
    for (let i = Math.max(p.start, from); i < Math.min(p.end, to); i++) chars[i - from] = '';
  }
  return chars.join('').replace(/[、\s和及与]/gu, '');
}

/** The place a jurisdiction string names (珠海市金湾区 → 440404), else null. */
function jurisdictionPlace(jurisdiction: string | null): Place | null {
  if (!jurisdiction) return null;
  return placesNamed(jurisdiction)[0] ?? null;
}
