/**
 * Co-ownership graphs (an agency's co-owners, the whole network): agencies as nodes sized by their
 * projects, edges as wide as the number of shared projects. A node opens its agency; an edge lists the
 * shared projects with each agency's role and the sentences that say so.
 */
import type { EdgeSingular, ElementDefinition } from 'cytoscape';
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi, biText, enumText } from '../i18n.js';
import { drawGraph, FORCE_LAYOUT } from '../graph.js';
import { SHARED_PROJECTS } from '../queries.js';
import { entityLink, evidenceList, loading, errorBox, type EvidenceItem, type Ref } from '../ui.js';

export interface Network {
  totalEdges: number;
  truncated: boolean;
  nodes: {
    agency: { id: string; name: string; jurisdiction: string | null; kind: string | null };
    projectCount: number;
  }[];
  edges: { source: string; target: string; sharedCount: number }[];
}

export interface NetworkFilters {
  role: string;
  jurisdiction: string;
  minShared: number;
}

export function networkVariables(filters: NetworkFilters): Record<string, unknown> {
  return {
    role: filters.role || null,
    jurisdiction: filters.jurisdiction || null,
    minShared: filters.minShared,
  };
}

/** Graph elements; the weighted degree (sum of shared projects) sets the label size. */
export function networkElements(network: Network, centre?: string): ElementDefinition[] {
  const weight = new Map<string, number>();
  for (const e of network.edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.sharedCount);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.sharedCount);
  }
  return [
    ...network.nodes.map((n) => ({
      data: {
        id: n.agency.id,
        label: n.agency.name,
        projects: n.projectCount,
        weight: weight.get(n.agency.id) ?? 0,
        jurisdiction: n.agency.jurisdiction ?? '',
      },
      classes: n.agency.id === centre ? 'centre' : '',
    })),
    ...network.edges.map((e) => ({
      data: {
        id: `${e.source}|${e.target}`,
        source: e.source,
        target: e.target,
        shared: e.sharedCount,
        label: String(e.sharedCount),
      },
    })),
  ];
}

/** Smallest label (in screen pixels) shown in a large network. */
const MIN_LABEL_PX = 11;

export function drawNetwork(
  name: string,
  container: HTMLElement,
  network: Network,
  handlers: { centre?: string; onNode: (id: string) => void; onEdge: (a: string, b: string) => void },
): void {
  const maxShared = Math.max(1, ...network.edges.map((e) => e.sharedCount));
  const maxProjects = Math.max(1, ...network.nodes.map((n) => n.projectCount));
  const elements = networkElements(network, handlers.centre);
  const maxWeight = Math.max(1, ...elements.map((e) => Number(e.data.weight ?? 0)));
  // Label size grows with the weighted degree, so hubs read first.
  for (const e of elements) {
    if (e.data.weight !== undefined) e.data.fontSize = 8 + (16 * Number(e.data.weight)) / maxWeight;
  }
  const cy = drawGraph({
    name,
    container,
    elements,
    layout: FORCE_LAYOUT,
    style: [
      {
        selector: 'node',
        style: {
          width: `mapData(projects, 0, ${maxProjects}, 14, 48)`,
          height: `mapData(projects, 0, ${maxProjects}, 14, 48)`,
          'font-size': 'data(fontSize)',
        },
      },
      { selector: 'node.unlabelled', style: { 'text-opacity': 0 } },
      {
        selector: 'edge',
        style: {
          width: `mapData(shared, 1, ${maxShared}, 1.5, 12)`,
          // Light edges recede, so that the heavy ones (many shared projects) stand out.
          opacity: (edge: EdgeSingular) =>
            0.35 + (0.6 * (Number(edge.data('shared')) - 1)) / Math.max(1, maxShared - 1),
          label: network.edges.length <= 60 ? 'data(label)' : '',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
        },
      },
    ],
  });
  // Hundreds of labels at once are unreadable: with many agencies a label shows once zooming makes it
  // at least MIN_LABEL_PX tall (hubs at once, the rest as you zoom in), and always for the selected one.
  const labelAll = network.nodes.length <= 60;
  const showLabels = () =>
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        n.toggleClass(
          'unlabelled',
          !labelAll && !n.selected() && n.data('fontSize') * cy.zoom() < MIN_LABEL_PX,
        );
      }),
    );
  cy.on('zoom select unselect', showLabels);
  showLabels();
  cy.on('tap', 'node', (event) => handlers.onNode(event.target.id()));
  cy.on('tap', 'edge', (event) => handlers.onEdge(event.target.data('source'), event.target.data('target')));
}

/** Role, jurisdiction and minimum-shared controls; `onChange` gets the new filters. */
export function filterControls(
  filters: NetworkFilters,
  jurisdictions: readonly string[],
  onChange: (filters: NetworkFilters) => void,
): HTMLElement {
  const role = h(
    'select',
    { name: 'role', 'aria-label': biText('role') },
    h('option', { value: '' }, biText('allRoles')),
    h('option', { value: 'LEAD' }, enumText('LEAD')),
    h('option', { value: 'ASSIST' }, enumText('ASSIST')),
  );
  role.value = filters.role;
  const jurisdiction = h(
    'select',
    { name: 'jurisdiction', 'aria-label': biText('jurisdiction') },
    h('option', { value: '' }, biText('allJurisdictions')),
    jurisdictions.map((j) => h('option', { value: j }, j)),
  );
  jurisdiction.value = filters.jurisdiction;
  const minShared = h('input', {
    name: 'minShared',
    type: 'number',
    min: 1,
    max: 100,
    value: filters.minShared,
    style: 'width: 4em',
  });
  const changed = () =>
    onChange({
      role: role.value,
      jurisdiction: jurisdiction.value,
      minShared: Math.max(1, Number(minShared.value) || 1),
    });
  role.addEventListener('change', changed);
  jurisdiction.addEventListener('change', changed);
  minShared.addEventListener('change', changed);
  return h(
    'form',
    { class: 'controls', onsubmit: (e: Event) => e.preventDefault() },
    h('label', {}, bi('role'), ' ', role),
    h('label', {}, bi('jurisdiction'), ' ', jurisdiction),
    h('label', {}, bi('minShared'), ' ', minShared),
  );
}

interface SharedData {
  projects: {
    edges: {
      node: { id: string; name: string; roles: { role: string; agency: Ref; evidence: EvidenceItem[] }[] };
    }[];
  };
}

/** The projects agencies `a` and `b` both own, each agency's role and the evidence, into `panel`. */
export async function showSharedProjects(panel: HTMLElement, a: Ref, b: Ref): Promise<void> {
  replace(panel, loading());
  try {
    const data = await gql<SharedData>(SHARED_PROJECTS, { agency: a.id });
    const shared = data.projects.edges
      .map((e) => e.node)
      .filter((p) => p.roles.some((r) => r.agency.id === b.id));
    replace(
      panel,
      h('h3', {}, bi('sharedProjects'), '：', entityLink(a), ' — ', entityLink(b)),
      h(
        'ul',
        { class: 'shared' },
        shared.map((p) =>
          h(
            'li',
            {},
            entityLink(p),
            h(
              'ul',
              {},
              p.roles
                .filter((r) => r.agency.id === a.id || r.agency.id === b.id)
                .map((r) =>
                  h('li', {}, entityLink(r.agency), ` ${enumText(r.role)} `, evidenceList(r.evidence)),
                ),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    replace(panel, errorBox(error));
  }
}
