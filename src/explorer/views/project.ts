/**
 * A project: lead and assisting units with their evidence, its funding by kind and period, the
 * dependency chain in both directions as a directed graph (depth adjustable), its places and every
 * other fact.
 */
import type { ElementDefinition } from 'cytoscape';
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi, biText, enumText, enumZh } from '../i18n.js';
import { yuanText } from '../format.js';
import { drawGraph, LAYERED_LAYOUT } from '../graph.js';
import { DEPENDENCIES, PROJECT } from '../queries.js';
import { pageOf } from '../routes.js';
import {
  entityLink,
  evidenceList,
  factTable,
  facts,
  heading,
  linkList,
  section,
  type EvidenceItem,
  type FactItem,
  type Ref,
} from '../ui.js';

const MAX_DEPTH = 10;

interface RoleRow {
  role: string;
  agency: Ref & { jurisdiction: string | null };
  evidence: EvidenceItem[];
}

interface FundingItem {
  id: string;
  name: string;
  yuan: number | null;
  kind: string | null;
  period: string | null;
  evidence: EvidenceItem[];
  providers: Ref[];
}

interface ProjectData {
  project: {
    id: string;
    iri: string;
    name: string;
    aliases: string[];
    kind: string | null;
    roles: RoleRow[];
    funding: { totals: { kind: string | null; yuan: number; count: number }[]; items: FundingItem[] };
    facts: FactItem[];
    documents: { id: string; title: string | null; date: string | null }[];
  };
}

export interface Link {
  depth: number;
  kind: string | null;
  from: Ref;
  to: Ref;
  evidence: EvidenceItem[];
}

interface DependencyData {
  project: { id: string; name: string; dependsOn: Link[]; dependents: Link[] };
}

export async function renderProject(
  root: HTMLElement,
  id: string,
  navigate: (path: string) => void,
): Promise<void> {
  const { project } = await gql<ProjectData>(PROJECT, { id });
  document.title = `${project.name} · 项目 Project`;
  const roleTable = (role: string) => {
    const rows = project.roles.filter((r) => r.role === role);
    if (!rows.length) return h('p', { class: 'muted' }, bi('none'));
    return h(
      'table',
      { class: `roles ${role.toLowerCase()}` },
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            h('td', {}, entityLink(r.agency)),
            h('td', { class: 'muted' }, r.agency.jurisdiction ?? ''),
            h('td', {}, evidenceList(r.evidence)),
          ),
        ),
      ),
    );
  };
  const depth = h('input', {
    type: 'range',
    name: 'depth',
    min: 1,
    max: MAX_DEPTH,
    value: 3,
    'aria-label': biText('depth'),
  });
  const depthValue = h('output', {}, '3');
  const graph = h('div', { class: 'graph', id: 'dependency-graph' });
  const links = h('div', { id: 'dependency-links' });
  const located = project.facts.filter((f) => f.type === 'LOCATED_IN');
  const others = project.facts.filter(
    (f) => !['LEADS', 'ASSISTS', 'DEPENDS_ON', 'FUNDS', 'LOCATED_IN'].includes(f.type),
  );
  replace(
    root,
    heading(project.name, 'Project', project.iri),
    facts([
      ['aliases', project.aliases.join('、')],
      ['kind', project.kind ? enumText(project.kind) : null],
    ]),
    section('leads', roleTable('LEAD')),
    section('assistants', roleTable('ASSIST')),
    section('fundingByKind', fundingTable(project.funding.items, project.funding.totals)),
    section(
      'dependencies',
      h(
        'form',
        { class: 'controls', onsubmit: (e: Event) => e.preventDefault() },
        h('label', {}, bi('depth'), ' ', depth, ' ', depthValue),
      ),
      h('p', { class: 'muted' }, bi('depGraphHint')),
      graph,
      links,
    ),
    section(
      'places',
      located.length
        ? h(
            'ul',
            { class: 'places' },
            located.map((f) => h('li', {}, entityLink(f.to), ' ', evidenceList(f.evidence))),
          )
        : h('p', { class: 'muted' }, bi('none')),
    ),
    section('facts', factTable(others)),
    section('mentionedIn', linkList(project.documents.map((d) => ({ id: d.id, name: d.title ?? d.id })))),
  );
  const showDependencies = async () => {
    depthValue.textContent = depth.value;
    const data = await gql<DependencyData>(DEPENDENCIES, { id, depth: Number(depth.value) });
    drawDependencies(graph, data.project, navigate);
    replace(links, dependencyTable([...data.project.dependents, ...data.project.dependsOn]));
  };
  depth.addEventListener('change', () => void showDependencies());
  depth.addEventListener('input', () => (depthValue.textContent = depth.value));
  await showDependencies();
}

/** Amounts grouped by kind, then period, with the kind's total (kinds are never added together). */
function fundingTable(
  items: FundingItem[],
  totals: { kind: string | null; yuan: number; count: number }[],
): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, bi('none'));
  const sorted = [...items].sort(
    (a, b) =>
      (a.kind ?? '').localeCompare(b.kind ?? '') ||
      (a.period ?? '').localeCompare(b.period ?? '') ||
      (b.yuan ?? 0) - (a.yuan ?? 0),
  );
  return h(
    'table',
    { class: 'funding' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, bi('kind')),
        h('th', {}, bi('period')),
        h('th', {}, bi('amount')),
        h('th', {}, bi('providers')),
        h('th', {}, bi('evidence')),
      ),
    ),
    h(
      'tbody',
      {},
      sorted.map((f) =>
        h(
          'tr',
          {},
          h('td', {}, enumText(f.kind)),
          h('td', {}, f.period ?? '—'),
          h(
            'td',
            { class: 'num' },
            h('a', { href: pageOf(f.id) }, yuanText(f.yuan)),
            h('span', { class: 'muted' }, ` ${f.name}`),
          ),
          h('td', {}, linkList(f.providers)),
          h('td', {}, evidenceList(f.evidence)),
        ),
      ),
      totals.map((t) =>
        h(
          'tr',
          { class: 'total' },
          h('td', {}, bi('total'), ' ', enumText(t.kind)),
          h('td', {}),
          h('td', { class: 'num' }, yuanText(t.yuan)),
          h('td', {}),
          h('td', { class: 'muted' }, `× ${t.count}`),
        ),
      ),
    ),
  );
}

/** The chain as elements: every project reached, an arrow from the depending project to what it depends on. */
export function dependencyElements(project: {
  id: string;
  name: string;
  dependsOn: Link[];
  dependents: Link[];
}): ElementDefinition[] {
  const nodes = new Map<string, string>([[project.id, project.name]]);
  const edges = new Map<string, ElementDefinition>();
  for (const link of [...project.dependsOn, ...project.dependents]) {
    nodes.set(link.from.id, link.from.name);
    nodes.set(link.to.id, link.to.name);
    const id = `${link.from.id}|${link.kind ?? ''}|${link.to.id}`;
    edges.set(id, { data: { id, source: link.from.id, target: link.to.id, label: enumZh(link.kind) } });
  }
  return [
    ...[...nodes].map(([id, name]) => ({
      data: { id, label: name },
      classes: id === project.id ? 'centre' : '',
    })),
    ...edges.values(),
  ];
}

function drawDependencies(
  container: HTMLElement,
  project: DependencyData['project'],
  navigate: (path: string) => void,
): void {
  const cy = drawGraph({
    name: 'dependencies',
    container,
    elements: dependencyElements(project),
    layout: LAYERED_LAYOUT,
    style: [
      { selector: 'node', style: { shape: 'round-rectangle', width: 22, height: 22 } },
      {
        selector: 'edge',
        style: {
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#9aa9b8',
          label: 'data(label)',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
    ],
  });
  cy.on('tap', 'node', (event) => {
    if (event.target.id() !== project.id) navigate(pageOf(event.target.id()));
  });
}

function dependencyTable(links: Link[]): HTMLElement {
  if (!links.length) return h('p', { class: 'muted' }, bi('none'));
  return h(
    'table',
    { class: 'dependencies' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, bi('from')),
        h('th', {}, bi('relation')),
        h('th', {}, bi('to')),
        h('th', {}, bi('depth')),
        h('th', {}, bi('evidence')),
      ),
    ),
    h(
      'tbody',
      {},
      links.map((l) =>
        h(
          'tr',
          {},
          h('td', {}, entityLink(l.from)),
          h('td', {}, enumText(l.kind)),
          h('td', {}, entityLink(l.to)),
          h('td', { class: 'num' }, String(l.depth)),
          h('td', {}, evidenceList(l.evidence)),
        ),
      ),
    ),
  );
}
