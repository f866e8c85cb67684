/**
 * Page chrome in Chinese and English side by side (`bi`); data labels (names, quotes) stay as the
 * documents wrote them. Enum values get a Chinese name with the English one beside it.
 */
import { h } from './dom.js';

const CHROME = {
  title: ['政务知识图谱', 'Government knowledge graph'],
  home: ['首页', 'Home'],
  search: ['搜索', 'Search'],
  searchHint: ['机构、项目、地点、人员', 'agencies, projects, places, people'],
  results: ['搜索结果', 'Results'],
  network: ['共建网络', 'Co-ownership network'],
  documents: ['文档', 'Documents'],
  document: ['文档', 'Document'],
  playground: ['GraphQL 调试', 'GraphQL playground'],
  projects: ['项目', 'Projects'],
  project: ['项目', 'Project'],
  role: ['角色', 'Role'],
  money: ['资金', 'Money'],
  coOwners: ['共建机构', 'Co-owners'],
  sharedProjects: ['共建项目', 'Shared projects'],
  shared: ['共建数', 'Shared'],
  jurisdiction: ['辖区', 'Jurisdiction'],
  allRoles: ['全部角色', 'All roles'],
  allJurisdictions: ['全部辖区', 'All jurisdictions'],
  minShared: ['最少共建', 'Min. shared'],
  maxEdges: ['最多边数', 'Max. edges'],
  leads: ['牵头单位', 'Lead units'],
  assistants: ['配合单位', 'Assisting units'],
  funding: ['资金', 'Funding'],
  fundingByKind: ['按类型和期间的资金', 'Funding by kind and period'],
  kind: ['类型', 'Kind'],
  period: ['期间', 'Period'],
  amount: ['金额', 'Amount'],
  total: ['合计', 'Total'],
  dependencies: ['依赖链', 'Dependency chain'],
  depth: ['深度', 'Depth'],
  dependsOn: ['依赖', 'Depends on'],
  dependents: ['被依赖', 'Depended on by'],
  places: ['地点', 'Places'],
  facts: ['事实', 'Facts'],
  relation: ['关系', 'Relation'],
  from: ['主体', 'From'],
  to: ['客体', 'To'],
  evidence: ['证据', 'Evidence'],
  source: ['原文', 'Source text'],
  quote: ['引文', 'Quote'],
  before: ['向前显示更多', 'Show earlier text'],
  after: ['向后显示更多', 'Show later text'],
  noText: [
    '未存储此文档的原文，只能显示引文。',
    'The original text of this document is not stored; only the quote is shown.',
  ],
  aliases: ['别名', 'Also known as'],
  parent: ['上级', 'Part of'],
  children: ['下级', 'Parts'],
  agencies: ['机构', 'Agencies'],
  mentionedIn: ['出现于文档', 'Mentioned in'],
  issuer: ['发文机关', 'Issuer'],
  date: ['日期', 'Date'],
  genre: ['文种', 'Genre'],
  chars: ['字数', 'Characters'],
  file: ['文件', 'File'],
  title2: ['职务', 'Title'],
  providers: ['出资方', 'Provided by'],
  recipients: ['用途', 'For'],
  linkedData: ['关联数据', 'Linked data'],
  loading: ['加载中…', 'Loading…'],
  more: ['加载更多', 'Load more'],
  none: ['无', 'None'],
  notFound: ['未找到', 'Not found'],
  error: ['出错了', 'Something went wrong'],
  truncated: ['只显示最重的边', 'Only the heaviest edges are shown'],
  graphHint: [
    '点击节点打开，点击边查看共建项目和原文',
    'Click a node to open it, an edge for the shared projects and their sources',
  ],
  depGraphHint: [
    '箭头指向被依赖的项目；点击节点打开项目',
    'Arrows point to what a project depends on; click a node to open it',
  ],
  topPairs: ['共建最多的机构对', 'Pairs with the most shared projects'],
  findAgency: ['在图中查找机构', 'Find an agency in the graph'],
  openPage: ['打开页面', 'Open page'],
  match: ['与原文一致', 'matches the source'],
  mismatch: ['与原文不一致', 'differs from the source'],
  inDocument: ['所在文档', 'In document'],
} as const satisfies Record<string, readonly [string, string]>;

export type ChromeKey = keyof typeof CHROME;

/** "中文 English" as an element: Chinese first, English smaller beside it. */
export function bi(key: ChromeKey): HTMLElement {
  const [zh, en] = CHROME[key];
  return h('span', { class: 'bi' }, zh, ' ', h('span', { class: 'en', lang: 'en' }, en));
}

/** The same as plain text, for attributes (placeholder, title). */
export function biText(key: ChromeKey): string {
  const [zh, en] = CHROME[key];
  return `${zh} ${en}`;
}

const ENUMS: Record<string, readonly [string, string]> = {
  Agency: ['机构', 'Agency'],
  Project: ['项目', 'Project'],
  Place: ['地点', 'Place'],
  Funding: ['资金', 'Funding'],
  Person: ['人员', 'Person'],
  Document: ['文档', 'Document'],
  LEAD: ['牵头', 'lead'],
  ASSIST: ['配合', 'assist'],
  LEADS: ['牵头', 'leads'],
  ASSISTS: ['配合', 'assists'],
  LOCATED_IN: ['位于', 'located in'],
  FUNDS: ['资助', 'funds'],
  PROVIDED_BY: ['出资方', 'provided by'],
  DEPENDS_ON: ['依赖', 'depends on'],
  PART_OF: ['隶属', 'part of'],
  OVERSEES: ['分管', 'oversees'],
  BASED_IN: ['驻地', 'based in'],
  RELIES_ON: ['依托', 'relies on'],
  NEXT_PHASE: ['后续期', 'next phase of'],
  SUPPORTS: ['配套', 'supports'],
  PRECONDITION: ['前提', 'precondition'],
  TOTAL_INVESTMENT: ['总投资', 'total investment'],
  PLANNED_INVESTMENT: ['计划投资', 'planned investment'],
  COMPLETED_INVESTMENT: ['完成投资', 'completed investment'],
  SUBSIDY: ['补助', 'subsidy'],
  BOND: ['债券', 'bond'],
  FUND: ['基金', 'fund'],
  BUDGET: ['预算', 'budget'],
  REVENUE: ['收入', 'revenue'],
  LOAN: ['贷款', 'loan'],
  OTHER: ['其他', 'other'],
  GOVERNMENT: ['政府部门', 'government'],
  PARTY: ['党组织', 'party'],
  TASK_FORCE: ['领导小组', 'task force'],
  SOE: ['国有企业', 'state-owned enterprise'],
  ENTERPRISE: ['企业', 'enterprise'],
  INSTITUTION: ['事业单位', 'institution'],
  INFRASTRUCTURE: ['基础设施', 'infrastructure'],
  INDUSTRIAL: ['产业', 'industrial'],
  PUBLIC_SERVICE: ['公共服务', 'public service'],
  PROGRAM: ['计划', 'programme'],
  MEASURE: ['措施', 'measure'],
  TASK_TABLE: ['任务分工表', 'task table'],
  WORK_REPORT: ['工作报告', 'work report'],
  POLICY: ['政策', 'policy'],
  BULLETIN: ['简报', 'bulletin'],
};

/** An enum value (role, relation, kind, label) as "中文 English"; unknown values as they are. */
export function enumText(value: string | null | undefined): string {
  if (!value) return '—';
  const names = ENUMS[value];
  return names ? `${names[0]} ${names[1]}` : value;
}

/** Only the Chinese name (graph labels, where space is short). */
export function enumZh(value: string | null | undefined): string {
  if (!value) return '';
  return ENUMS[value]?.[0] ?? value;
}
