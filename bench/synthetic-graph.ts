/**
 * A synthetic graph JSON of any size, with the shape of the extractor's output on the seeds: a pool
 * of agencies and places shared by every document (so cross-document MERGEs and evidence lists are
 * exercised), projects and amounts that belong to one document, and for each document a text made of
 * one sentence per fact, so that every evidence quote is the slice of the text it claims to be.
 *
 * Used by the store's kill/reload tests (a graph large enough to kill mid-load) and by bench/load.ts
 * when no extractor is available. Deterministic for given options.
 */
import type { EdgeType, GraphEdge, GraphJson, GraphNode } from '../src/model/graph-json.js';
import { mulberry32 as random } from './random.js';

export interface SyntheticOptions {
  documents: number;
  /** Projects per document; each brings about 4.5 relationships. */
  projectsPerDocument?: number;
  /** Agencies shared by all documents. */
  agencies?: number;
  /** Places shared by all documents. */
  places?: number;
  /** Offset for document numbers, so two calls can make disjoint corpora. */
  firstDocument?: number;
}

export interface SyntheticCorpus {
  graph: GraphJson;
  texts: Map<string, string>;
}

const DIGITS = '〇一二三四五六七八九';
function chineseNumber(n: number): string {
  return String(n)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('');
}

export function syntheticGraph(options: SyntheticOptions): SyntheticCorpus {
  const projectsPer = options.projectsPerDocument ?? 40;
  const agencyCount = options.agencies ?? 60;
  const placeCount = options.places ?? 30;
  const first = options.firstDocument ?? 0;

  const agencies: GraphNode[] = Array.from({ length: agencyCount }, (_, k) => ({
    id: `agency:syn-${k}`,
    label: 'Agency',
    name: `珠海市第${chineseNumber(k + 1)}局`,
    aliases: [`市${chineseNumber(k + 1)}局`],
    props: { kind: 'GOVERNMENT', level: 'CITY', jurisdiction: '珠海市' },
  }));
  const places: GraphNode[] = Array.from({ length: placeCount }, (_, k) => ({
    id: `place:syn-${k}`,
    label: 'Place',
    name: k === 0 ? '珠海市' : `珠海市${chineseNumber(k)}区`,
    aliases: k === 0 ? [] : [`${chineseNumber(k)}区`],
    props: { level: k === 0 ? 'CITY' : 'DISTRICT', code: String(440400 + k) },
  }));
  const nodes: GraphNode[] = [...agencies, ...places];
  const edges: GraphEdge[] = [];
  const documents: GraphJson['documents'] = [];
  const texts = new Map<string, string>();
  const shared = new Map<string, GraphEdge>();

  for (let d = first; d < first + options.documents; d++) {
    const next = random(d + 1);
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
    const docId = `doc:syn-${d}`;
    let text = `珠海市重点项目工作方案（第${chineseNumber(d)}号）\n`;
    const fact = (type: EdgeType, from: GraphNode, to: GraphNode, sentence: string, props = {}) => {
      const start = text.length;
      text += `${sentence}。`;
      const evidence = { doc: docId, start, end: start + sentence.length, quote: sentence };
      // Facts between shared nodes are one edge with evidence from every document that states them.
      const key = `${type}|${from.id}|${to.id}`;
      const existing = type === 'PART_OF' || type === 'BASED_IN' ? shared.get(key) : undefined;
      if (existing) {
        existing.evidence.push(evidence);
        return;
      }
      const edge: GraphEdge = { type, from: from.id, to: to.id, props, evidence: [evidence] };
      if (type === 'PART_OF' || type === 'BASED_IN') shared.set(key, edge);
      edges.push(edge);
    };

    const district = pick(places.slice(1));
    fact('PART_OF', district, places[0]!, `${district.name}隶属${places[0]!.name}`);
    const office = pick(agencies);
    fact('BASED_IN', office, places[0]!, `${office.name}设在${places[0]!.name}`);

    let previous: GraphNode | undefined;
    for (let p = 0; p < projectsPer; p++) {
      const project: GraphNode = {
        id: `project:syn-${d}-${p}`,
        label: 'Project',
        name: `${district.name}第${chineseNumber(d)}批${chineseNumber(p + 1)}号工程`,
        aliases: [`${chineseNumber(d)}批${chineseNumber(p + 1)}号工程`],
        props: { kind: 'INFRASTRUCTURE' },
      };
      const amount = 1 + Math.floor(next() * 999);
      const funding: GraphNode = {
        id: `funding:syn-${d}-${p}`,
        label: 'Funding',
        name: `${amount}万元`,
        props: { yuan: amount * 10_000, kind: 'PLANNED_INVESTMENT', period: '2023' },
      };
      nodes.push(project, funding);
      const lead = pick(agencies);
      fact('LEADS', lead, project, `${lead.name}牵头推进${project.name}`);
      const helper = pick(agencies.filter((a) => a !== lead));
      fact('ASSISTS', helper, project, `${helper.name}配合`);
      const where = pick(places);
      fact('LOCATED_IN', project, where, `${project.name}位于${where.name}`);
      fact('FUNDS', funding, project, `${project.name}计划投资${funding.name}`);
      if (previous && next() < 0.5) {
        fact('DEPENDS_ON', project, previous, `${project.name}依托${previous.name}`, { kind: 'RELIES_ON' });
      }
      previous = project;
    }
    documents.push({
      id: docId,
      file: `syn-${String(d).padStart(5, '0')}.txt`,
      title: `珠海市重点项目工作方案（第${chineseNumber(d)}号）`,
      issuer: '珠海市人民政府',
      jurisdiction: '珠海市',
      genre: 'TASK_TABLE',
      date: '2023-09-23',
      chars: text.length,
    });
    texts.set(docId, text);
  }
  return { graph: { version: 1, documents, nodes, edges }, texts };
}
