/** The start page: what is loaded, and the pairs of agencies that share the most projects. */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi, enumText } from '../i18n.js';
import { HOME } from '../queries.js';
import { pageOf } from '../routes.js';
import { entityLink, section, type Ref } from '../ui.js';

interface HomeData {
  documents: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        title: string | null;
        date: string | null;
        issuer: string | null;
        genre: string | null;
        factCount: number;
      };
    }[];
  };
  agencyPairs: { edges: { node: { a: Ref; b: Ref; sharedCount: number } }[] };
}

export async function renderHome(root: HTMLElement): Promise<void> {
  const data = await gql<HomeData>(HOME);
  replace(
    root,
    h('header', { class: 'entity' }, h('h1', {}, bi('title'))),
    h('p', {}, h('a', { href: '/network', class: 'button' }, bi('network'))),
    section(
      'topPairs',
      h(
        'table',
        {},
        h(
          'tbody',
          {},
          data.agencyPairs.edges.map(({ node }) =>
            h(
              'tr',
              {},
              h('td', {}, entityLink(node.a)),
              h('td', {}, entityLink(node.b)),
              h('td', { class: 'num' }, String(node.sharedCount)),
            ),
          ),
        ),
      ),
    ),
    section(
      'documents',
      h(
        'table',
        { class: 'documents' },
        h(
          'tbody',
          {},
          data.documents.edges.map(({ node }) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: pageOf(node.id) }, node.title ?? node.id)),
              h('td', {}, node.issuer ?? ''),
              h('td', {}, node.date ?? ''),
              h('td', {}, enumText(node.genre)),
              h('td', { class: 'num' }, String(node.factCount)),
            ),
          ),
        ),
      ),
    ),
  );
  document.title = '政务知识图谱 · Government knowledge graph';
}
