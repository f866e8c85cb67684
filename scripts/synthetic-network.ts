/**
 * A synthetic co-ownership graph of a few hundred agencies for the overview screenshot: the seeds have
 * a dozen co-owning agencies, too few to show how the network page copes with hundreds. Agencies are
 * city × unit names; each project has a lead and up to four assisting units, drawn mostly from its own
 * city and with a few busy units (发展和改革局, 财政局, …) far more often than the rest, as in the
 * real documents. Deterministic. Every quote is the slice of the one document's text it claims to be.
 */
import { mulberry32 } from '../bench/random.js';
import type { GraphEdge, GraphJson, GraphNode } from '../src/model/graph-json.js';

const CITIES = ['珠海市', '广州市', '深圳市', '江门市', '佛山市', '中山市'];
const UNITS = [
  '发展和改革局',
  '财政局',
  '自然资源局',
  '交通运输局',
  '住房和城乡建设局',
  '工业和信息化局',
  '生态环境局',
  '水务局',
  '商务局',
  '科技创新局',
  '教育局',
  '卫生健康局',
  '文化广电旅游体育局',
  '农业农村局',
  '应急管理局',
  '市场监督管理局',
  '人力资源和社会保障局',
  '城市管理和综合执法局',
  '政务服务数据管理局',
  '国有资产监督管理委员会',
  '公安局',
  '民政局',
  '司法局',
  '审计局',
  '统计局',
  '医疗保障局',
  '林业局',
  '海洋渔业局',
  '港口管理局',
  '口岸局',
  '金融工作局',
  '信访局',
  '气象局',
  '投资促进局',
  '城建集团',
  '交通集团',
  '水务集团',
  '港控集团',
  '国资集团',
  '文旅集团',
];

export function syntheticNetwork(projects = 700): { graph: GraphJson; text: string } {
  const next = mulberry32(12);
  const agencies = CITIES.flatMap((city) =>
    UNITS.map((unit, rank) => ({
      id: `agency:${city}${unit}`,
      name: `${city}${unit}`,
      city,
      weight: 1 / (1 + rank) ** 1.2,
    })),
  );
  const pick = (city: string) => {
    const pool = agencies.filter((a) => (next() < 0.85 ? a.city === city : true));
    let left = pool.reduce((sum, a) => sum + a.weight, 0) * next();
    return pool.find((a) => (left -= a.weight) <= 0) ?? pool[0]!;
  };
  const nodes: GraphNode[] = agencies.map((a) => ({
    id: a.id,
    label: 'Agency',
    name: a.name,
    props: { kind: 'GOVERNMENT', level: 'CITY', jurisdiction: a.city },
  }));
  const edges: GraphEdge[] = [];
  let text = '';
  for (let p = 0; p < projects; p++) {
    const city = CITIES[Math.floor(next() * CITIES.length)]!;
    const project: GraphNode = {
      id: `project:syn-${p}`,
      label: 'Project',
      name: `${city}重点项目${p + 1}号`,
      props: { kind: 'INFRASTRUCTURE' },
    };
    nodes.push(project);
    const owners = new Set([pick(city)]);
    for (let extra = Math.floor(next() * 5); extra > 0; extra--) owners.add(pick(city));
    [...owners].forEach((agency, i) => {
      const quote = `${agency.name}${i ? '配合' : '牵头'}${project.name}`;
      const start = text.length;
      text += `${quote}。`;
      edges.push({
        type: i ? 'ASSISTS' : 'LEADS',
        from: agency.id,
        to: project.id,
        props: {},
        evidence: [{ doc: 'doc:synthetic-network', start, end: start + quote.length, quote }],
      });
    });
  }
  const document = {
    id: 'doc:synthetic-network',
    file: 'synthetic-network.txt',
    title: '合成共建网络（截图用）',
    issuer: '—',
    jurisdiction: '广东省',
    genre: 'OTHER' as const,
    date: null,
    chars: text.length,
  };
  return { graph: { version: 1, documents: [document], nodes, edges }, text };
}
