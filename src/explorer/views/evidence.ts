/**
 * The evidence view: the source text around a quote with the quoted span highlighted and scrolled into
 * view. Long documents are read in ranges; "earlier"/"later" widen the range.
 */
import { gql } from '../api.js';
import { h, replace } from '../dom.js';
import { bi } from '../i18n.js';
import { CONTEXT, splitAt, windowAround } from '../evidence-window.js';
import { EVIDENCE_TEXT } from '../queries.js';
import { pageOf } from '../routes.js';
import { facts, heading } from '../ui.js';

interface EvidenceData {
  document: {
    id: string;
    iri: string;
    title: string | null;
    file: string;
    date: string | null;
    issuer: string | null;
    chars: number | null;
    text: { start: number; end: number; text: string } | null;
  };
}

export async function renderEvidence(
  root: HTMLElement,
  docId: string,
  start: number,
  end: number,
): Promise<void> {
  let before = CONTEXT;
  let after = CONTEXT;
  const read = async () => {
    const range = windowAround(start, end, before, after);
    return (await gql<EvidenceData>(EVIDENCE_TEXT, { doc: docId, ...range })).document;
  };
  const doc = await read();
  document.title = `${doc.title ?? doc.file} · 证据 Evidence`;
  const source = h('div', { class: 'source-text', lang: 'zh' });
  const draw = (d: EvidenceData['document']) => {
    if (!d.text) {
      replace(source, h('p', { class: 'muted' }, bi('noText')));
      return;
    }
    const parts = splitAt(d.text.text, d.text.start, start, end);
    const mark = h('mark', { id: 'evidence-mark', 'data-start': start, 'data-end': end }, parts.quote);
    replace(
      source,
      d.text.start > 0
        ? h('button', { type: 'button', class: 'more', onclick: () => void widen('before') }, bi('before'))
        : null,
      h(
        'pre',
        {},
        d.text.start > 0 ? '…' : '',
        parts.before,
        mark,
        parts.after,
        d.chars !== null && d.text.end < d.chars ? '…' : '',
      ),
      d.chars !== null && d.text.end < d.chars
        ? h('button', { type: 'button', class: 'more', onclick: () => void widen('after') }, bi('after'))
        : null,
    );
    mark.scrollIntoView({ block: 'center' });
  };
  const widen = async (side: 'before' | 'after') => {
    if (side === 'before') before += 10 * CONTEXT;
    else after += 10 * CONTEXT;
    draw(await read());
  };
  replace(
    root,
    heading(doc.title ?? doc.file, 'Document', doc.iri),
    facts([
      ['inDocument', h('a', { href: pageOf(doc.id) }, doc.title ?? doc.file)],
      ['issuer', doc.issuer],
      ['date', doc.date],
      ['quote', h('span', { id: 'evidence-range' }, `${start}–${end}`)],
    ]),
    h('h2', {}, bi('source')),
    source,
  );
  draw(doc);
}
