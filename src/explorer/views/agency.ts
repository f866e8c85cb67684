/**
 * An agency: who it is, the projects it leads or assists with the money stated for them, and its
 * co-owners as a network (filter by role and jurisdiction; a node opens that agency).
 */
import { gql } from '../api.js';
import { append, h, replace } from '../dom.js';
import { bi, enumText } from '../i18n.js';
import { yuanText } from '../format.js';
import { AGENCY, AGENCY_FACTS, AGENCY_PROJECTS, NETWORK } from '../queries.js';
import { pageOf } from '../routes.js';
import { pagedFacts, type FactPage } from './place.js';
import {
  entityLink,
  evidenceList,
  facts,
  heading,
  linkList,
  moreButton,
  section,
  type EvidenceItem,
  type Ref,
} from '../ui.js';
import {
  drawNetwork,
  filterControls,
  networkVariables,
  showSharedProjects,
  type Network,
  type NetworkFilters,
} from './co-ownership.js';

interface AgencyData {
  agency: {
    id: string;
    iri: string;
    name: string;
    aliases: string[];
    kind: string | null;
    level: string | null;
    jurisdiction: string | null;
    parent: Ref | null;
    children: Ref[];
    places: Ref[];
    documents: { id: string; title: string | null; date: string | null }[];
    facts: FactPage;
  };
}

interface ProjectRow {
  id: string;
  name: string;
  kind: string | null;
  roles: { role: string; agency: { id: string }; evidence: EvidenceItem[] }[];
  funding: { totals: { kind: string | null; yuan: number; count: number }[] };
}

interface ProjectsData {
  agency: {
    projects: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: ProjectRow }[];
    };
  };
}

export async function renderAgency(
  root: HTMLElement,
  id: string,
  navigate: (path: string) => void,
): Promise<void> {
  const [{ agency }, network] = await Promise.all([
    gql<AgencyData>(AGENCY, { id }),
    gql<{ agencyNetwork: Network }>(NETWORK, { around: id, maxEdges: 1000 }),
  ]);
  document.title = `${agency.name} · 机构 Agency`;
  const projectRows = h('tbody', {});
  const projectTable = h(
    'table',
    { class: 'projects' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, bi('project')),
        h('th', {}, bi('role')),
        h('th', {}, bi('money')),
        h('th', {}, bi('evidence')),
      ),
    ),
    projectRows,
  );
  const projectsSection = section('projects', projectTable);
  const graph = h('div', { class: 'graph', id: 'co-owner-graph' });
  const panel = h(
    'div',
    { class: 'panel', id: 'co-owner-panel' },
    h('p', { class: 'muted' }, bi('graphHint')),
  );
  const jurisdictions = [
    ...new Set(network.agencyNetwork.nodes.map((n) => n.agency.jurisdiction).filter((j): j is string => !!j)),
  ].sort();
  let filters: NetworkFilters = { role: '', jurisdiction: '', minShared: 1 };

  const showNetwork = (net: Network) => {
    const names = new Map(net.nodes.map((n) => [n.agency.id, n.agency]));
    drawNetwork('coOwners', graph, net, {
      centre: id,
      onNode: (other) => {
        if (other !== id) navigate(pageOf(other));
      },
      onEdge: (a, b) => void showSharedProjects(panel, names.get(a)!, names.get(b)!),
    });
  };

  replace(
    root,
    heading(agency.name, 'Agency', agency.iri),
    facts([
      ['aliases', agency.aliases.join('、')],
      ['kind', agency.kind ? enumText(agency.kind) : null],
      ['jurisdiction', agency.jurisdiction],
      ['parent', agency.parent ? entityLink(agency.parent) : null],
      ['children', agency.children.length ? linkList(agency.children) : null],
      ['places', agency.places.length ? linkList(agency.places) : null],
    ]),
    projectsSection,
    section(
      'coOwners',
      filterControls(filters, jurisdictions, (next) => {
        filters = next;
        void gql<{ agencyNetwork: Network }>(NETWORK, {
          around: id,
          maxEdges: 1000,
          ...networkVariables(filters),
        }).then((d) => showNetwork(d.agencyNetwork));
      }),
      h('div', { class: 'graph-with-panel' }, graph, panel),
    ),
    section(
      'facts',
      pagedFacts(
        agency.facts,
        async (after) =>
          (await gql<{ agency: { facts: FactPage } }>(AGENCY_FACTS, { id, after })).agency.facts,
      ),
    ),
    section(
      'mentionedIn',
      h(
        'ul',
        {},
        agency.documents.map((d) =>
          h(
            'li',
            {},
            h('a', { href: pageOf(d.id) }, d.title ?? d.id),
            h('span', { class: 'muted' }, ` ${d.date ?? ''}`),
          ),
        ),
      ),
    ),
  );
  showNetwork(network.agencyNetwork);
  await loadProjects(id, projectRows, projectsSection);
}

async function loadProjects(
  id: string,
  rows: HTMLElement,
  container: HTMLElement,
  after?: string,
): Promise<void> {
  const data = await gql<ProjectsData>(AGENCY_PROJECTS, { id, after: after ?? null });
  const page = data.agency.projects;
  append(
    rows,
    page.edges.map(({ node }) => {
      const mine = node.roles.filter((r) => r.agency.id === id);
      return h(
        'tr',
        { 'data-id': node.id },
        h(
          'td',
          {},
          entityLink(node),
          node.kind ? h('span', { class: 'muted' }, ` ${enumText(node.kind)}`) : null,
        ),
        h('td', {}, [...new Set(mine.map((r) => enumText(r.role)))].join('，')),
        h(
          'td',
          {},
          node.funding.totals.map((t) => h('div', {}, `${enumText(t.kind)} ${yuanText(t.yuan)}`)),
        ),
        h('td', {}, evidenceList(mine.flatMap((r) => r.evidence))),
      );
    }),
  );
  const more = moreButton(page.pageInfo, (cursor) => loadProjects(id, rows, container, cursor));
  if (more) container.appendChild(more);
}
