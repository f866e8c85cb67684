/**
 * One document's facts → nodes and edges of the graph builder. Evidence spans are mapped from the
 * cleaned text back to the original (`quote === original.slice(start, end)`); names of projects are
 * taken as written in the original, with the normalised form as an alias.
 */
import type { EdgeType, NodeProps } from '../../src/model/graph-json.js';
import { originalSpan, type CleanText } from '../clean/clean.js';
import type { LinkContext, ProjectTarget } from '../link/context.js';
import type { DependencyFact, FundingFact, LocationFact, RoleFact } from '../link/facts.js';
import { placeById, placeChain, type Place } from '../recognise/gazetteer.js';
import type { ResolvedAgency } from '../resolve/agencies.js';
import type { TextSpan } from '../segment/spans.js';
import type { GraphBuilder } from './builder.js';
import { fundingId, projectId } from './ids.js';

export interface DocumentFacts {
  roles: RoleFact[];
  dependencies: DependencyFact[];
  funding: FundingFact[];
  places: LocationFact[];
}

export function addDocumentFacts(
  builder: GraphBuilder,
  docId: string,
  clean: CleanText,
  ctx: LinkContext,
  facts: DocumentFacts,
): void {
  const edge = (
    type: EdgeType,
    from: string,
    to: string,
    span: TextSpan,
    rule: string,
    props: NodeProps = {},
  ): void => {
    const o = originalSpan(clean, span.start, span.end);
    builder.addEdge(type, from, to, props, docId, o.start, o.end, rule.split('+'));
  };
  const agency = (a: ResolvedAgency, surface: string | null): string => addAgency(builder, a, surface);
  // every surface form an agency is named by, as written in the original (traditional script stays)
  const writtenAs = (span: TextSpan): string => {
    const o = originalSpan(clean, span.start, span.end);
    return clean.original.slice(o.start, o.end);
  };
  const project = (t: ProjectTarget): string => addProject(builder, clean, ctx, t);

  for (const r of facts.roles)
    edge(r.type, agency(r.agency, r.surface), project(r.target), r.evidence, r.rule);
  for (const d of facts.dependencies)
    edge('DEPENDS_ON', project(d.from), project(d.to), d.evidence, d.rule, { kind: d.kind });
  for (const f of facts.funding) {
    const to = 'project' in f.target ? project(f.target.project) : agency(f.target.agency, null);
    const id = fundingId(docId, to, f.amount.yuan, f.kind);
    builder.addNode({
      id,
      label: 'Funding',
      name: f.amount.text,
      props: { yuan: f.amount.yuan, kind: f.kind, period: f.period },
    });
    edge('FUNDS', id, to, f.evidence, f.rule);
  }
  for (const l of facts.places)
    edge('LOCATED_IN', project(l.target), addPlace(builder, l.place), l.evidence, l.rule);
  for (const ref of ctx.agencies)
    if (builder.hasNode(ref.agency.id)) {
      addAgency(builder, ref.agency, ref.mention.surface);
      addAgency(builder, ref.agency, writtenAs(ref.mention));
    }
  basedIn(builder, ctx, edge);
}

function addAgency(builder: GraphBuilder, a: ResolvedAgency, surface: string | null): string {
  builder.addNode({
    id: a.id,
    label: 'Agency',
    name: a.name,
    aliases: surface && surface !== a.name ? [surface] : [],
    props: { kind: a.kind, level: a.level, jurisdiction: a.jurisdiction },
  });
  return a.id;
}

function addProject(builder: GraphBuilder, clean: CleanText, ctx: LinkContext, t: ProjectTarget): string {
  const span = t.task ? t.task.nameSpan : t.mention;
  const normalised = t.task ? t.task.name : t.mention.name;
  const o = originalSpan(clean, span.start, span.end);
  // as written in the original (traditional script stays), unless the name was built (a shared head, quotes dropped)
  const built = t.mention !== undefined && t.mention.name !== ctx.text.slice(span.start, span.end);
  const written = clean.original
    .slice(o.start, o.end)
    .replace(/\s+/gu, '')
    .replace(/[。;,:]+$/u, '');
  const name = built || !written ? normalised : written;
  const id = projectId(scopeOf(ctx, normalised), normalised);
  const aliases = [normalised, written, ...(t.task ? t.task.variants : [])].filter((a) => a && a !== name);
  builder.addNode({
    id,
    label: 'Project',
    name,
    aliases,
    props: { kind: t.task ? t.task.kind : t.mention.kind },
  });
  return id;
}

/** The jurisdiction a project belongs to: a province or the nation its name starts with, else the document's. */
function scopeOf(ctx: LinkContext, name: string): string {
  if (/^(国家|全国|中国)/u.test(name)) return '国家';
  const first = ctx.doc.places.longestAt(name, 0);
  if (first?.place.level === 'PROVINCE') return first.place.fullName;
  return ctx.doc.jurisdiction.name;
}

function addPlace(builder: GraphBuilder, place: Place): string {
  const chain = placeChain(place);
  chain.forEach((p) =>
    builder.addNode({
      id: p.id,
      label: 'Place',
      name: p.fullName,
      aliases: [p.name, ...p.aliases.slice(0, 6)],
      props: { level: p.level, code: p.code },
    }),
  );
  return place.id;
}

/** BASED_IN: each agency in its jurisdiction, evidenced by its first mention; PART_OF for the places above. */
function basedIn(
  builder: GraphBuilder,
  ctx: LinkContext,
  edge: (type: EdgeType, from: string, to: string, span: TextSpan, rule: string) => void,
): void {
  const done = new Set<string>();
  for (const ref of ctx.agencies) {
    const place = ref.agency.place;
    if (!place || done.has(ref.agency.id) || !builder.hasNode(ref.agency.id)) continue;
    done.add(ref.agency.id);
    addPlace(builder, place);
    edge('BASED_IN', ref.agency.id, place.id, ref.mention, 'agency/jurisdiction');
    for (const p of placeChain(place)) {
      const parent = p.parentId ? placeById(p.parentId) : undefined;
      if (parent) edge('PART_OF', p.id, parent.id, ref.mention, 'place/hierarchy');
    }
  }
}
