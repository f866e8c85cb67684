/** Search results: entities whose name or alias contains the text, and documents whose title does. */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi, enumText } from '../i18n.js';
import { SEARCH } from '../queries.js';
import { pageOf } from '../routes.js';
import { section } from '../ui.js';

interface SearchData {
  search: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        label: string;
        name: string;
        aliases: string[];
        jurisdiction?: string | null;
        level?: string | null;
      };
    }[];
  };
  documents: {
    edges: { node: { id: string; title: string | null; date: string | null; issuer: string | null } }[];
  };
}

export async function renderSearch(root: HTMLElement, text: string): Promise<void> {
  document.title = `${text} · 搜索 Search`;
  if (!text.trim()) {
    replace(root, h('h1', {}, bi('search')));
    return;
  }
  const data = await gql<SearchData>(SEARCH, { text: text.trim() });
  replace(
    root,
    h('h1', {}, bi('results'), `：${text}`),
    h('p', { class: 'muted' }, `共 ${data.search.totalCount} 条 · ${data.search.totalCount} found`),
    h(
      'ul',
      { class: 'results' },
      data.search.edges.map(({ node }) =>
        h(
          'li',
          { 'data-label': node.label },
          h('span', { class: 'label' }, enumText(node.label)),
          ' ',
          h('a', { href: pageOf(node.id), class: 'result' }, node.name),
          node.jurisdiction ? h('span', { class: 'muted' }, ` ${node.jurisdiction}`) : null,
          node.aliases.length ? h('span', { class: 'muted' }, ` (${node.aliases.join('、')})`) : null,
        ),
      ),
    ),
    data.documents.edges.length
      ? section(
          'documents',
          h(
            'ul',
            {},
            data.documents.edges.map(({ node }) =>
              h(
                'li',
                {},
                h('a', { href: pageOf(node.id) }, node.title ?? node.id),
                h('span', { class: 'muted' }, ` ${node.issuer ?? ''} ${node.date ?? ''}`),
              ),
            ),
          ),
        )
      : null,
  );
}
