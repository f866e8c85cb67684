/**
 * Hand-built graph JSON for the store tests: three documents that share agencies and a place, so that
 * cross-document identity, evidence counting and delete-keeps-shared-facts can be checked exactly.
 * Offsets index into the texts below, and every quote is the slice it claims to be.
 */
import type { Evidence, GraphDocument, GraphEdge, GraphJson, GraphNode } from '../../src/model/graph-json.js';

export const TEXTS: Record<string, string> = {
  'doc:a': '珠海市发展和改革局牵头建设珠海LNG二期工程。项目位于金湾区。\n市财政局配合。',
  'doc:b': '第一条 市发展改革局负责珠海LNG二期工程前期工作；市财政局安排补助4.19亿元。',
  'doc:c': '金湾区属于珠海市。珠海市发展和改革局负责十字门隧道。',
};

/** Evidence for `quote` at its first occurrence in the document's text. */
export function ev(doc: string, quote: string): Evidence {
  const text = TEXTS[doc];
  if (text === undefined) throw new Error(`no text for ${doc}`);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in ${doc}`);
  return { doc, start, end: start + quote.length, quote };
}

function document(id: string, file: string): GraphDocument {
  return {
    id,
    file,
    title: `title of ${file}`,
    issuer: '珠海市人民政府',
    jurisdiction: '珠海市',
    genre: 'WORK_REPORT',
    date: '2023-09-23',
    chars: TEXTS[id]!.length,
  };
}

export const NODES: GraphNode[] = [
  {
    id: 'agency:zhfgj',
    label: 'Agency',
    name: '珠海市发展和改革局',
    aliases: ['市发展改革局'],
    props: { kind: 'GOVERNMENT', level: 'CITY', jurisdiction: '珠海市' },
  },
  {
    id: 'agency:zhczj',
    label: 'Agency',
    name: '珠海市财政局',
    aliases: ['市财政局'],
    props: { kind: 'GOVERNMENT' },
  },
  {
    id: 'project:lng2',
    label: 'Project',
    name: '珠海LNG二期工程',
    aliases: [],
    props: { kind: 'INFRASTRUCTURE' },
  },
  { id: 'project:szm', label: 'Project', name: '十字门隧道', props: { kind: 'INFRASTRUCTURE' } },
  {
    id: 'place:jinwan',
    label: 'Place',
    name: '珠海市金湾区',
    aliases: ['金湾区'],
    props: { level: 'DISTRICT', code: '440404' },
  },
  { id: 'place:zhuhai', label: 'Place', name: '珠海市', props: { level: 'CITY', code: '440400' } },
  {
    id: 'funding:b1',
    label: 'Funding',
    name: '4.19亿元',
    props: { yuan: 419000000, kind: 'SUBSIDY', period: null },
  },
];

export const EDGES: GraphEdge[] = [
  // Supported by a and b: survives the deletion of either.
  {
    type: 'LEADS',
    from: 'agency:zhfgj',
    to: 'project:lng2',
    props: {},
    evidence: [
      ev('doc:a', '珠海市发展和改革局牵头建设珠海LNG二期工程'),
      ev('doc:b', '市发展改革局负责珠海LNG二期工程'),
    ],
  },
  {
    type: 'LOCATED_IN',
    from: 'project:lng2',
    to: 'place:jinwan',
    props: {},
    evidence: [ev('doc:a', '项目位于金湾区')],
  },
  {
    type: 'ASSISTS',
    from: 'agency:zhczj',
    to: 'project:lng2',
    props: {},
    evidence: [ev('doc:a', '市财政局配合')],
  },
  {
    type: 'FUNDS',
    from: 'funding:b1',
    to: 'project:lng2',
    props: {},
    evidence: [ev('doc:b', '补助4.19亿元')],
  },
  {
    type: 'PROVIDED_BY',
    from: 'funding:b1',
    to: 'agency:zhczj',
    props: {},
    evidence: [ev('doc:b', '市财政局安排补助4.19亿元')],
  },
  {
    type: 'PART_OF',
    from: 'place:jinwan',
    to: 'place:zhuhai',
    props: {},
    evidence: [ev('doc:c', '金湾区属于珠海市')],
  },
  {
    type: 'LEADS',
    from: 'agency:zhfgj',
    to: 'project:szm',
    props: {},
    evidence: [ev('doc:c', '珠海市发展和改革局负责十字门隧道')],
  },
];

export function threeDocuments(): GraphJson {
  return structuredClone({
    version: 1,
    documents: [document('doc:a', 'a.txt'), document('doc:b', 'b.txt'), document('doc:c', 'c.txt')],
    nodes: NODES,
    edges: EDGES,
  });
}

export const TEXT_MAP: ReadonlyMap<string, string> = new Map(Object.entries(TEXTS));
