/**
 * Graph fixtures for scorer tests: small hand-made graphs with their gold sets, plus an "oracle"
 * graph built from the dev gold itself (and a damaged copy of it) so the real gold names go through
 * every matching rule.
 */
import { readFileSync } from 'node:fs';
import type { Evidence, GraphEdge, GraphJson, GraphNode } from '../../src/model/graph-json.js';
import type { GoldSet } from '../../src/eval/gold.js';

const ev = (doc: string, start: number, quote = 'quote'): Evidence[] => [
  { doc, start, end: start + quote.length, quote },
];
const edge = (type: GraphEdge['type'], from: string, to: string, evidence: Evidence[]): GraphEdge => ({
  type,
  from,
  to,
  props: {},
  evidence,
});

/** Gold for the hand-made graph: a ranged document, a document the graph lacks, an unranged one. */
export const HAND_GOLD: Record<string, GoldSet> = {
  'a.json': {
    doc: 'a.txt',
    range: [0, 100],
    agencies: [
      { name: '珠海市发展和改革局', kind: 'GOVERNMENT', mentions: ['市发展改革局', '市发改局', '我局'] },
      { name: '珠海市人民政府办公室', kind: 'GOVERNMENT', mentions: ['市政府办公室'] },
      { name: '珠海市财政局', kind: 'GOVERNMENT', mentions: ['市财政局'] },
      { name: '珠海市统计局', kind: 'GOVERNMENT', mentions: ['市统计局'] },
    ],
    projects: [
      { name: '十字门隧道', variants: [], kind: 'INFRASTRUCTURE', places: ['横琴'] },
      { name: '珠海LNG二期工程', variants: ['珠海LNG二期'], kind: 'INFRASTRUCTURE', places: ['高栏港区'] },
      { name: '华南绿能港', variants: [], kind: 'INDUSTRIAL' },
      { name: '“一站式”服务平台', variants: ['一站式平台'], kind: 'PUBLIC_SERVICE', places: [] },
      { name: '从未被提及的项目', kind: 'MEASURE' },
    ],
    roles: [
      { agency: '珠海市发展和改革局', project: '十字门隧道', role: 'LEAD' },
      { agency: '珠海市人民政府办公室', project: '珠海LNG二期工程', role: 'ASSIST' },
      { agency: '珠海市发展和改革局', project: '“一站式”服务平台', role: 'LEAD' },
    ],
    funding: [
      {
        project: '十字门隧道',
        agency: null,
        text: '4.19亿元',
        yuan: 419000000,
        kind: 'COMPLETED_INVESTMENT',
      },
      { project: null, agency: '珠海市财政局', text: '1.5亿元', yuan: 150000000, kind: 'SUBSIDY' },
      { project: null, agency: null, text: '3亿元', yuan: 300000000, kind: 'OTHER' },
      {
        project: '珠海LNG二期工程',
        agency: null,
        text: '5422万元',
        yuan: 54220000,
        kind: 'TOTAL_INVESTMENT',
      },
    ],
    dependencies: [
      { from: '华南绿能港', to: '珠海LNG二期工程', kind: 'RELIES_ON' },
      { from: '“一站式”服务平台', to: '十字门隧道', kind: 'SUPPORTS' },
    ],
  },
  'b.json': {
    doc: 'b.txt',
    agencies: [{ name: '江门市财政局', mentions: ['市财政局'] }],
    projects: [{ name: '政府采购', places: ['江门市'] }],
    roles: [{ agency: '江门市财政局', project: '政府采购', role: 'LEAD' }],
  },
  'c.json': {
    doc: 'dir/c.txt',
    agencies: [{ name: '珠海高新技术产业开发区管理委员会', mentions: ['高新区管委会'] }],
    projects: [
      { name: '港湾大道', variants: ['港湾大道工程'], places: ['唐家湾镇'] },
      { name: '金山软件园', places: [] },
    ],
    roles: [{ agency: '珠海高新技术产业开发区管理委员会', project: '港湾大道', role: 'LEAD' }],
    funding: [{ project: '金山软件园', text: '2000万元', yuan: 20000000, kind: 'SUBSIDY' }],
    dependencies: [{ from: '金山软件园', to: '港湾大道', kind: 'SUPPORTS' }],
  },
};

export function handGraph(): GraphJson {
  const A = 'doc:a';
  const C = 'doc:c';
  const nodes: GraphNode[] = [
    {
      id: 'ag:fgj',
      label: 'Agency',
      name: '珠海市发展和改革局',
      aliases: ['市发展改革局', '市发改局'],
      props: {},
    },
    // matches 珠海市人民政府办公室 through agencyKey (人民政府 → 政府)
    { id: 'ag:ban', label: 'Agency', name: '珠海市政府办公室', aliases: ['市政府办公室'], props: {} },
    { id: 'ag:cz', label: 'Agency', name: '“珠海市财政局”', props: {} },
    { id: 'ag:extra', label: 'Agency', name: '珠海市交通运输局', props: {} },
    { id: 'ag:gxq', label: 'Agency', name: '珠海高新区管委会', aliases: ['高新区管委会'], props: {} },
    { id: 'ag:gxq2', label: 'Agency', name: '珠海高新技术产业开发区管委会', props: {} },
    { id: 'pr:szm', label: 'Project', name: '十字门隧道工程', props: {} },
    { id: 'pr:lng', label: 'Project', name: '珠海LNG二期', props: {} },
    { id: 'pr:hn', label: 'Project', name: '华南绿能港项目', aliases: ['绿能港'], props: {} },
    { id: 'pr:yzs', label: 'Project', name: '一站式 服务平台', props: {} },
    { id: 'pr:extra', label: 'Project', name: '无关的项目', props: {} },
    { id: 'pr:gw', label: 'Project', name: '港湾大道工程', props: {} },
    { id: 'pr:js', label: 'Project', name: '金山软件园二期', props: {} },
    // an agency mislabelled as project: must not match agency gold
    { id: 'pr:cz', label: 'Project', name: '珠海市财政局', props: {} },
    { id: 'pl:hq', label: 'Place', name: '珠海市横琴新区', aliases: ['横琴'], props: {} },
    { id: 'pl:glg', label: 'Place', name: '高栏港经济区', props: {} },
    { id: 'pl:tjw', label: 'Place', name: '唐家', props: {} },
    {
      id: 'fu:419',
      label: 'Funding',
      name: '4.19亿元',
      props: { yuan: 419000000, kind: 'COMPLETED_INVESTMENT' },
    },
    // within 0.5 % of 1.5亿, wrong kind
    { id: 'fu:15', label: 'Funding', name: '1.5亿元', props: { yuan: 150600000, kind: 'BUDGET' } },
    // just outside 0.5 % of 5422万
    {
      id: 'fu:5422',
      label: 'Funding',
      name: '5422万元',
      props: { yuan: 54500000, kind: 'TOTAL_INVESTMENT' },
    },
    { id: 'fu:3', label: 'Funding', name: '3亿元', props: { yuan: 300000000, kind: 'OTHER' } },
    { id: 'fu:str', label: 'Funding', name: '2000万元', props: { yuan: '20000000', kind: 'SUBSIDY' } },
    { id: 'fu:2000', label: 'Funding', name: '2000万元', props: { yuan: 20000000, kind: 'SUBSIDY' } },
  ];
  const edges: GraphEdge[] = [
    edge('LEADS', 'ag:fgj', 'pr:szm', ev(A, 0)), // range start is inside
    edge('ASSISTS', 'ag:ban', 'pr:lng', ev(A, 100)), // range end is outside
    edge('LEADS', 'ag:ban', 'pr:lng', ev(A, 99)), // right pair, wrong type
    edge('LEADS', 'ag:fgj', 'pr:yzs', [...ev(C, 10), ...ev(A, 50)]), // second evidence in range
    edge('LEADS', 'ag:extra', 'pr:extra', ev(A, 20)),
    edge('ASSISTS', 'ag:fgj', 'pr:missing-node', ev(A, 30)), // dangling end
    edge('LEADS', 'ag:cz', 'pr:hn', []), // no evidence: not scored
    edge('FUNDS', 'fu:419', 'pr:szm', ev(A, 40)),
    edge('FUNDS', 'fu:15', 'ag:cz', ev(A, 41)),
    edge('FUNDS', 'fu:5422', 'pr:lng', ev(A, 42)),
    edge('FUNDS', 'fu:3', 'pr:cz', ev(A, 43)),
    edge('DEPENDS_ON', 'pr:lng', 'pr:hn', ev(A, 60)), // reversed direction still counts
    edge('DEPENDS_ON', 'pr:szm', 'pr:hn', ev(A, 61)),
    edge('LOCATED_IN', 'pr:szm', 'pl:hq', ev(C, 5)), // places are scored whatever the evidence
    edge('LOCATED_IN', 'pr:lng', 'pl:glg', ev(A, 500)),
    edge('LOCATED_IN', 'pr:gw', 'pl:tjw', ev(C, 5)),
    edge('LOCATED_IN', 'pr:gw', 'pl:nowhere', ev(C, 6)),
    edge('PART_OF', 'ag:gxq2', 'ag:fgj', ev(C, 7)), // not a fact edge
    edge('LEADS', 'ag:gxq', 'pr:gw', ev(C, 1000)),
    edge('LEADS', 'ag:gxq2', 'pr:gw', ev(C, 1001)),
    edge('FUNDS', 'fu:str', 'pr:js', ev(C, 8)),
    edge('FUNDS', 'fu:2000', 'pr:js', ev(C, 9)),
    edge('DEPENDS_ON', 'pr:js', 'pr:gw', ev(C, 11)),
    edge('DEPENDS_ON', 'pr:js', 'pr:js', ev(C, 12)),
  ];
  return {
    version: 1,
    documents: [
      {
        id: A,
        file: 'a.txt',
        title: 'A',
        issuer: '',
        jurisdiction: '珠海市',
        genre: 'OTHER',
        date: null,
        chars: 1000,
      },
      {
        id: C,
        file: 'c.txt',
        title: 'C',
        issuer: '',
        jurisdiction: '珠海市',
        genre: 'OTHER',
        date: null,
        chars: 2000,
      },
    ],
    nodes,
    edges,
  };
}

/**
 * A graph that states exactly what the gold states (evidence at the quotes' positions in the seed
 * texts), optionally damaged: every `drop`-th fact left out, every `rename`-th entity renamed.
 */
export function oracleGraph(
  goldSets: readonly GoldSet[],
  seedDir: string,
  damage = { drop: 0, rename: 0 },
): GraphJson {
  const graph: GraphJson = { version: 1, documents: [], nodes: [], edges: [] };
  const nodeIds = new Map<string, string>();
  let counter = 0;
  const keep = (): boolean => !damage.drop || ++counter % damage.drop !== 0;
  let renameCounter = 0;
  const nodeFor = (
    label: GraphNode['label'],
    name: string,
    aliases: string[],
    props: GraphNode['props'] = {},
  ) => {
    const key = `${label}:${name}`;
    let id = nodeIds.get(key);
    if (!id) {
      id = `${label.toLowerCase()}:${nodeIds.size}`;
      nodeIds.set(key, id);
      const renamed = damage.rename && ++renameCounter % damage.rename === 0;
      graph.nodes.push({ id, label, name: renamed ? `${name}改` : name, aliases, props });
    }
    return id;
  };
  for (const gold of goldSets) {
    const docId = `doc:${gold.doc}`;
    const text = readFileSync(`${seedDir}/${gold.doc}`, 'utf8');
    graph.documents.push({
      id: docId,
      file: gold.doc,
      title: gold.doc,
      issuer: '',
      jurisdiction: gold.jurisdiction ?? '',
      genre: 'OTHER',
      date: null,
      chars: text.length,
    });
    const lo = gold.range?.[0] ?? 0;
    const evidenceOf = (quote: string | undefined): Evidence[] => {
      const start = quote ? text.indexOf(quote) : -1;
      return start >= 0 ? [{ doc: docId, start, end: start + quote!.length, quote: quote! }] : ev(docId, lo);
    };
    const agency = (name: string) => {
      const ga = gold.agencies.find((a) => a.name === name);
      return nodeFor('Agency', name, ga?.mentions ?? []);
    };
    const project = (name: string) => {
      const gp = gold.projects.find((p) => p.name === name);
      return nodeFor('Project', name, gp?.variants ?? []);
    };
    for (const r of gold.roles ?? []) {
      if (keep())
        graph.edges.push(
          edge(
            r.role === 'LEAD' ? 'LEADS' : 'ASSISTS',
            agency(r.agency),
            project(r.project),
            evidenceOf(r.quote),
          ),
        );
    }
    for (const f of gold.funding ?? []) {
      if (!keep()) continue;
      const fund = nodeFor('Funding', `${gold.doc}:${f.text}:${f.quote}`, [], {
        yuan: f.yuan,
        kind: f.kind ?? null,
      });
      const target = f.project ? project(f.project) : f.agency ? agency(f.agency) : null;
      if (target) graph.edges.push(edge('FUNDS', fund, target, evidenceOf(f.quote)));
    }
    for (const d of gold.dependencies ?? []) {
      if (keep()) graph.edges.push(edge('DEPENDS_ON', project(d.from), project(d.to), evidenceOf(d.quote)));
    }
    for (const p of gold.projects) {
      for (const place of p.places ?? []) {
        if (keep())
          graph.edges.push(
            edge('LOCATED_IN', project(p.name), nodeFor('Place', place, []), evidenceOf(undefined)),
          );
      }
    }
  }
  return graph;
}
