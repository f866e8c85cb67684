/**
 * A small hand-made graph for the API tests: two cities with an agency alias they share (市发改局),
 * a place hierarchy, co-owned projects, funding and a three-step dependency chain. Every quote is
 * the slice of its document's text that it claims to be.
 */
import type { Evidence, GraphEdge, GraphJson, GraphNode } from '../../src/model/graph-json.js';

export const TEXTS: Record<string, string> = {
  'doc:api-a':
    '珠海市发展和改革局牵头建设珠海LNG二期工程，珠海市财政局配合。项目位于金湾区，总投资60亿元。' +
    '珠海LNG二期工程依托珠海LNG一期工程。常务副市长杨川负责统筹。金湾区隶属珠海市，珠海市隶属广东省。',
  'doc:api-b':
    '广州市发展和改革局牵头推进广州南沙港区四期，广州市交通运输局配合。南沙港区四期位于南沙区，计划投资30亿元。' +
    '南沙区隶属广州市，广州市隶属广东省。',
  'doc:api-c':
    '市发改局负责十字门隧道，市财政局协助。十字门隧道位于香洲区。市财政局安排补助2亿元用于十字门隧道。' +
    '市发改局、市财政局共同牵头金湾航空城。金湾航空城依托珠海LNG二期工程。金湾航空城二期在金湾航空城之后建设，' +
    '并依托十字门隧道。香洲区隶属珠海市。',
};

function ev(doc: string, quote: string): Evidence {
  const text = TEXTS[doc];
  const start = text?.indexOf(quote) ?? -1;
  if (start < 0) throw new Error(`fixture: ${quote} not in ${doc}`);
  return { doc, start, end: start + quote.length, quote };
}

const agency = (id: string, name: string, aliases: string[], jurisdiction: string): GraphNode => ({
  id,
  label: 'Agency',
  name,
  aliases,
  props: { kind: 'GOVERNMENT', level: 'CITY', jurisdiction },
});
const project = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  label: 'Project',
  name,
  aliases,
  props: { kind: 'INFRASTRUCTURE' },
});
const place = (id: string, name: string, level: string, aliases: string[] = []): GraphNode => ({
  id,
  label: 'Place',
  name,
  aliases,
  props: { level },
});
const funding = (id: string, name: string, yuan: number, kind: string): GraphNode => ({
  id,
  label: 'Funding',
  name,
  props: { yuan, kind },
});

export const NODES: GraphNode[] = [
  agency('agency:zh-fgj', '珠海市发展和改革局', ['市发改局', '市发展改革局'], '珠海市'),
  agency('agency:zh-czj', '珠海市财政局', ['市财政局'], '珠海市'),
  agency('agency:gz-fgj', '广州市发展和改革局', ['市发改局'], '广州市'),
  agency('agency:gz-jtj', '广州市交通运输局', ['市交通运输局'], '广州市'),
  project('project:lng2', '珠海LNG二期工程', ['珠海LNG二期']),
  project('project:lng1', '珠海LNG一期工程'),
  project('project:szm', '十字门隧道'),
  project('project:hkc', '金湾航空城'),
  project('project:hkc2', '金湾航空城二期'),
  project('project:ns4', '广州南沙港区四期', ['南沙港区四期']),
  place('place:gd', '广东省', 'PROVINCE'),
  place('place:zh', '珠海市', 'CITY', ['珠海']),
  place('place:jw', '珠海市金湾区', 'DISTRICT', ['金湾区']),
  place('place:xz', '珠海市香洲区', 'DISTRICT', ['香洲区']),
  place('place:gz', '广州市', 'CITY', ['广州']),
  place('place:ns', '广州市南沙区', 'DISTRICT', ['南沙区']),
  funding('funding:lng2-total', '60亿元', 6e9, 'TOTAL_INVESTMENT'),
  funding('funding:ns4-plan', '30亿元', 3e9, 'PLANNED_INVESTMENT'),
  funding('funding:szm-subsidy', '2亿元', 2e8, 'SUBSIDY'),
  { id: 'person:yc', label: 'Person', name: '杨川', props: { title: '常务副市长' } },
];

const edge = (
  type: GraphEdge['type'],
  from: string,
  to: string,
  doc: string,
  quote: string,
  props = {},
): GraphEdge => ({
  type,
  from,
  to,
  props,
  evidence: [ev(doc, quote)],
});

const A = 'doc:api-a';
const B = 'doc:api-b';
const C = 'doc:api-c';

export const EDGES: GraphEdge[] = [
  edge('LEADS', 'agency:zh-fgj', 'project:lng2', A, '珠海市发展和改革局牵头建设珠海LNG二期工程'),
  edge('ASSISTS', 'agency:zh-czj', 'project:lng2', A, '珠海市财政局配合'),
  edge('LOCATED_IN', 'project:lng2', 'place:jw', A, '项目位于金湾区'),
  edge('FUNDS', 'funding:lng2-total', 'project:lng2', A, '总投资60亿元'),
  edge('DEPENDS_ON', 'project:lng2', 'project:lng1', A, '珠海LNG二期工程依托珠海LNG一期工程', {
    kind: 'RELIES_ON',
  }),
  edge('OVERSEES', 'person:yc', 'project:lng2', A, '常务副市长杨川负责统筹'),
  edge('PART_OF', 'place:jw', 'place:zh', A, '金湾区隶属珠海市'),
  edge('PART_OF', 'place:zh', 'place:gd', A, '珠海市隶属广东省'),
  edge('LEADS', 'agency:gz-fgj', 'project:ns4', B, '广州市发展和改革局牵头推进广州南沙港区四期'),
  edge('ASSISTS', 'agency:gz-jtj', 'project:ns4', B, '广州市交通运输局配合'),
  edge('LOCATED_IN', 'project:ns4', 'place:ns', B, '南沙港区四期位于南沙区'),
  edge('FUNDS', 'funding:ns4-plan', 'project:ns4', B, '计划投资30亿元'),
  edge('PART_OF', 'place:ns', 'place:gz', B, '南沙区隶属广州市'),
  edge('PART_OF', 'place:gz', 'place:gd', B, '广州市隶属广东省'),
  edge('LEADS', 'agency:zh-fgj', 'project:szm', C, '市发改局负责十字门隧道'),
  edge('ASSISTS', 'agency:zh-czj', 'project:szm', C, '市财政局协助'),
  edge('LOCATED_IN', 'project:szm', 'place:xz', C, '十字门隧道位于香洲区'),
  edge('FUNDS', 'funding:szm-subsidy', 'project:szm', C, '安排补助2亿元用于十字门隧道'),
  edge('PROVIDED_BY', 'funding:szm-subsidy', 'agency:zh-czj', C, '市财政局安排补助2亿元'),
  edge('LEADS', 'agency:zh-fgj', 'project:hkc', C, '市发改局、市财政局共同牵头金湾航空城'),
  edge('LEADS', 'agency:zh-czj', 'project:hkc', C, '市财政局共同牵头金湾航空城'),
  edge('DEPENDS_ON', 'project:hkc', 'project:lng2', C, '金湾航空城依托珠海LNG二期工程', {
    kind: 'RELIES_ON',
  }),
  edge('DEPENDS_ON', 'project:hkc2', 'project:hkc', C, '金湾航空城二期在金湾航空城之后建设', {
    kind: 'NEXT_PHASE',
  }),
  edge('DEPENDS_ON', 'project:hkc2', 'project:szm', C, '并依托十字门隧道', { kind: 'RELIES_ON' }),
  edge('PART_OF', 'place:xz', 'place:zh', C, '香洲区隶属珠海市'),
];

const doc = (id: string, file: string, title: string, jurisdiction: string) => ({
  id,
  file,
  title,
  issuer: `${jurisdiction}人民政府`,
  jurisdiction,
  genre: 'WORK_REPORT' as const,
  date: '2023-09-23',
  chars: TEXTS[id]!.length,
});

export const GRAPH: GraphJson = {
  version: 1,
  documents: [
    doc(A, 'api-a.txt', '珠海重点项目进展', '珠海市'),
    doc(B, 'api-b.txt', '广州重点项目计划', '广州市'),
    doc(C, 'api-c.txt', '珠海市重点任务分工', '珠海市'),
  ],
  nodes: NODES,
  edges: EDGES,
};

export const TEXT_MAP: ReadonlyMap<string, string> = new Map(Object.entries(TEXTS));
