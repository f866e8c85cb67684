/** Pieces every page uses: links to entities, evidence links, fact tables, sections, loading and errors. */
import { ApiError } from './api.js';
import { h } from './dom.js';
import { bi, enumText, type ChromeKey } from './i18n.js';
import { evidenceHref, pageOf } from './routes.js';

export interface Ref {
  id: string;
  name: string;
  label?: string;
}

export interface EvidenceItem {
  start: number;
  end: number;
  quote: string;
  document: { id: string; title: string | null } | null;
}

export interface FactItem {
  type: string;
  kind: string | null;
  from: Ref | null;
  to: Ref | null;
  evidence: EvidenceItem[];
}

export function entityLink(ref: Ref | null | undefined): HTMLElement | string {
  if (!ref) return '—';
  return h('a', { href: pageOf(ref.id), 'data-id': ref.id }, ref.name || ref.id);
}

/** Each evidence item as its quote, linking to the evidence view, with the document's title. */
export function evidenceList(evidence: readonly EvidenceItem[]): HTMLElement {
  if (!evidence.length) return h('span', { class: 'muted' }, '—');
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((ev) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'quote', href: evidenceHref(ev), title: ev.document?.title ?? '' },
          `「${ev.quote}」`,
        ),
        ev.document?.title ? h('span', { class: 'doc-title' }, ` ${ev.document.title}`) : null,
      ),
    ),
  );
}

/** A table of facts: relation, both ends and the evidence. */
export function factTable(facts: readonly FactItem[]): HTMLElement {
  if (!facts.length) return h('p', { class: 'muted' }, bi('none'));
  return h(
    'table',
    { class: 'facts' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, bi('relation')),
        h('th', {}, bi('from')),
        h('th', {}, bi('to')),
        h('th', {}, bi('evidence')),
      ),
    ),
    h(
      'tbody',
      {},
      facts.map((f) =>
        h(
          'tr',
          { 'data-type': f.type },
          h(
            'td',
            {},
            enumText(f.type),
            f.kind ? h('span', { class: 'muted' }, ` (${enumText(f.kind)})`) : null,
          ),
          h('td', {}, entityLink(f.from)),
          h('td', {}, entityLink(f.to)),
          h('td', {}, evidenceList(f.evidence)),
        ),
      ),
    ),
  );
}

export function section(title: ChromeKey, ...content: (Node | string | null)[]): HTMLElement {
  return h('section', {}, h('h2', {}, bi(title)), ...content);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading' }, bi('loading'));
}

export function errorBox(error: unknown): HTMLElement {
  const notFound = error instanceof ApiError && error.code === 'NOT_FOUND';
  const message = error instanceof Error ? error.message : String(error);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', {}, bi(notFound ? 'notFound' : 'error')),
    h('p', {}, message),
  );
}

/** The page title row: the name, what it is, and its IRI (the address of its linked data). */
export function heading(name: string, label: string, iri?: string): HTMLElement {
  return h(
    'header',
    { class: 'entity' },
    h('span', { class: 'label' }, enumText(label)),
    h('h1', {}, name),
    iri
      ? h('p', { class: 'iri' }, bi('linkedData'), ': ', h('a', { href: iri, class: 'iri-link' }, iri))
      : null,
  );
}

/** A "load more" button that calls `load` with the cursor and disappears when there is nothing more. */
export function moreButton(
  pageInfo: { hasNextPage: boolean; endCursor: string | null },
  load: (after: string) => Promise<void>,
): HTMLElement | null {
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  const button = h('button', { type: 'button', class: 'more' }, bi('more'));
  button.addEventListener('click', () => {
    button.disabled = true;
    void load(pageInfo.endCursor!).finally(() => button.remove());
  });
  return button;
}

/** A definition list of label → value rows, rows without a value left out. */
export function facts(rows: [ChromeKey, Node | string | null | undefined][]): HTMLElement {
  return h(
    'dl',
    { class: 'props' },
    rows
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [h('dt', {}, bi(k)), h('dd', {}, v!)]),
  );
}

export function linkList(refs: readonly Ref[]): HTMLElement | string {
  if (!refs.length) return '—';
  return h(
    'span',
    { class: 'links' },
    refs.map((r, i) => [i ? '、' : '', entityLink(r)]),
  );
}
