/**
 * The co-ownership overview: every agency that owns a project with another, edges weighted by shared
 * projects, filterable; beside it the heaviest pairs as a table.
 */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi, biText } from '../i18n.js';
import { NETWORK } from '../queries.js';
import { pageOf } from '../routes.js';
import { entityLink, section } from '../ui.js';
import {
  drawNetwork,
  filterControls,
  networkVariables,
  showSharedProjects,
  type Network,
  type NetworkFilters,
} from './co-ownership.js';

const MAX_EDGES = 2000;

export async function renderNetwork(root: HTMLElement, navigate: (path: string) => void): Promise<void> {
  document.title = '共建网络 · Co-ownership network';
  const all = await gql<{ agencyNetwork: Network }>(NETWORK, { maxEdges: MAX_EDGES });
  const jurisdictions = [
    ...new Set(all.agencyNetwork.nodes.map((n) => n.agency.jurisdiction).filter((j): j is string => !!j)),
  ].sort();
  const graph = h('div', { class: 'graph large', id: 'network-graph' });
  const panel = h(
    'div',
    { class: 'panel', id: 'network-panel' },
    h('p', { class: 'muted' }, bi('graphHint')),
  );
  const summary = h('p', { class: 'muted' });
  const table = h('div');
  let filters: NetworkFilters = { role: '', jurisdiction: '', minShared: 1 };

  const show = (network: Network) => {
    const names = new Map(network.nodes.map((n) => [n.agency.id, n.agency]));
    replace(
      summary,
      `${network.nodes.length} · ${network.edges.length}/${network.totalEdges} `,
      network.truncated ? bi('truncated') : null,
    );
    drawNetwork('network', graph, network, {
      onNode: (id) => navigate(pageOf(id)),
      onEdge: (a, b) => void showSharedProjects(panel, names.get(a)!, names.get(b)!),
    });
    replace(
      table,
      section(
        'topPairs',
        h(
          'table',
          { class: 'pairs' },
          h(
            'tbody',
            {},
            network.edges.slice(0, 50).map((e) =>
              h(
                'tr',
                {},
                h('td', {}, entityLink(names.get(e.source))),
                h('td', {}, entityLink(names.get(e.target))),
                h(
                  'td',
                  { class: 'num' },
                  h(
                    'a',
                    {
                      href: '#network-panel',
                      class: 'shared-count',
                      onclick: (event: Event) => {
                        event.preventDefault();
                        void showSharedProjects(panel, names.get(e.source)!, names.get(e.target)!);
                        panel.scrollIntoView({ block: 'nearest' });
                      },
                    },
                    String(e.sharedCount),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const controls = filterControls(filters, jurisdictions, (next) => {
    filters = next;
    void gql<{ agencyNetwork: Network }>(NETWORK, { ...networkVariables(filters), maxEdges: MAX_EDGES }).then(
      (d) => show(d.agencyNetwork),
    );
  });
  replace(
    root,
    h('header', { class: 'entity' }, h('h1', {}, bi('network'))),
    controls,
    h('p', {}, findAgency(all.agencyNetwork)),
    summary,
    h('div', { class: 'graph-with-panel' }, graph, panel),
    table,
  );
  show(all.agencyNetwork);
}

/**
 * With hundreds of agencies, finding one by eye is hopeless: type its name to zoom to it and its
 * co-owners, everything else faded.
 */
function findAgency(network: Network): HTMLElement {
  const options = h(
    'datalist',
    { id: 'network-agencies' },
    network.nodes.map((n) => h('option', { value: n.agency.name })),
  );
  const input = h('input', {
    type: 'search',
    name: 'find',
    list: 'network-agencies',
    placeholder: biText('findAgency'),
    'aria-label': biText('findAgency'),
  });
  input.addEventListener('change', () => {
    const cy = window.kgExplorer.graphs.network;
    if (!cy) return;
    cy.elements().removeClass('faded').unselect();
    const node = cy.nodes().filter((n) => n.data('label') === input.value.trim());
    if (node.empty()) return;
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    node.select();
    cy.animate({ fit: { eles: near, padding: 60 } }, { duration: 300 });
  });
  return h('label', {}, bi('findAgency'), ' ', input, options);
}
