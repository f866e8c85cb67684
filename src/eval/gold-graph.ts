/**
 * A gold set written out as the graph JSON an extractor would produce, so that one annotator's
 * reading can be scored against another's with the same scorer as the extractor (inter-annotator
 * agreement, and the calibration of a new annotator against the dev gold).
 *
 * Each fact becomes an edge whose evidence is the first occurrence of its quote; a fact whose quote
 * is not in the text is placed at the start of the document (the checker reports it anyway).
 */
import type { GraphEdge, GraphJson, GraphNode } from '../model/graph-json.js';
import type { CorpusGold } from './gold-check.js';

export function goldAsGraph(gold: CorpusGold, text: string): GraphJson {
  const docId = `doc:${gold.doc}`;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const evidence = (quote: string | undefined) => {
    const start = quote ? Math.max(0, text.indexOf(quote)) : 0;
    const end = quote && text.includes(quote) ? start + quote.length : start;
    return [{ doc: docId, start, end, quote: text.slice(start, end) }];
  };
  const agency = (name: string): string => `agency:${name}`;
  const project = (name: string): string => `project:${name}`;

  for (const a of gold.agencies)
    nodes.set(agency(a.name), {
      id: agency(a.name),
      label: 'Agency',
      name: a.name,
      aliases: a.mentions ?? [],
      props: {},
    });
  for (const p of gold.projects) {
    nodes.set(project(p.name), {
      id: project(p.name),
      label: 'Project',
      name: p.name,
      aliases: p.variants ?? [],
      props: {},
    });
    for (const place of p.places ?? []) {
      const id = `place:${place}`;
      nodes.set(id, { id, label: 'Place', name: place, props: {} });
      const quote = text.includes(place) ? place : undefined;
      edges.push({ type: 'LOCATED_IN', from: project(p.name), to: id, props: {}, evidence: evidence(quote) });
    }
  }
  for (const r of gold.roles ?? [])
    edges.push({
      type: r.role === 'LEAD' ? 'LEADS' : 'ASSISTS',
      from: agency(r.agency),
      to: project(r.project),
      props: {},
      evidence: evidence(r.quote),
    });
  (gold.funding ?? []).forEach((f, i) => {
    const id = `funding:${i}`;
    nodes.set(id, { id, label: 'Funding', name: f.text, props: { yuan: f.yuan, kind: f.kind ?? null } });
    const target = f.project ? project(f.project) : f.agency ? agency(f.agency) : null;
    if (target) edges.push({ type: 'FUNDS', from: id, to: target, props: {}, evidence: evidence(f.quote) });
  });
  for (const d of gold.dependencies ?? [])
    edges.push({
      type: 'DEPENDS_ON',
      from: project(d.from),
      to: project(d.to),
      props: { kind: d.kind ?? null },
      evidence: evidence(d.quote),
    });

  return {
    version: 1,
    documents: [
      {
        id: docId,
        file: gold.doc,
        title: '',
        issuer: '',
        jurisdiction: gold.jurisdiction ?? '',
        genre: 'OTHER',
        date: null,
        chars: text.length,
      },
    ],
    nodes: [...nodes.values()],
    edges,
  };
}
