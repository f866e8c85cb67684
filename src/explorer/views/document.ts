/** A document: what it is and every fact it is evidence for, each with its quotes. */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { enumText } from '../i18n.js';
import { DOCUMENT } from '../queries.js';
import { factTable, facts, heading, moreButton, section, type FactItem } from '../ui.js';

interface DocumentData {
  document: {
    id: string;
    iri: string;
    title: string | null;
    file: string;
    issuer: string | null;
    jurisdiction: string | null;
    genre: string | null;
    date: string | null;
    chars: number | null;
    factCount: number;
    factCounts: { type: string; count: number }[];
    facts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: FactItem }[];
    };
  };
}

export async function renderDocument(root: HTMLElement, id: string): Promise<void> {
  const { document: doc } = await gql<DocumentData>(DOCUMENT, { id });
  document.title = `${doc.title ?? doc.file} · 文档 Document`;
  const list = h('div', { class: 'fact-pages' }, factTable(doc.facts.edges.map((e) => e.node)));
  const load = async (after: string): Promise<void> => {
    const next = await gql<DocumentData>(DOCUMENT, { id, after });
    list.appendChild(factTable(next.document.facts.edges.map((e) => e.node)));
    const more = moreButton(next.document.facts.pageInfo, load);
    if (more) list.appendChild(more);
  };
  replace(
    root,
    heading(doc.title ?? doc.file, 'Document', doc.iri),
    facts([
      ['issuer', doc.issuer],
      ['jurisdiction', doc.jurisdiction],
      ['date', doc.date],
      ['genre', doc.genre ? enumText(doc.genre) : null],
      ['file', doc.file],
      ['chars', doc.chars === null ? null : String(doc.chars)],
    ]),
    section(
      'facts',
      h(
        'p',
        { class: 'muted' },
        `${doc.factCount}：`,
        doc.factCounts.map((c) => `${enumText(c.type)} ${c.count}`).join('，'),
      ),
      list,
      moreButton(doc.facts.pageInfo, load),
    ),
  );
}
