/** Rows that vanished under a concurrent delete are dropped, not passed on with nulls (rows.ts). */
import { describe, expect, it } from 'vitest';
import { pageWindow, readPage } from '../../../src/api/pagination.js';
import { documentRow, entityRow, factRow } from '../../../src/api/rows.js';

describe('vanished rows', () => {
  it('an entity without id or label is gone', () => {
    expect(entityRow({ props: {}, labels: [] })).toBeNull();
    expect(entityRow({ props: { id: 'agency:x' }, labels: ['Entity'] })).toBeNull();
    expect(entityRow({ props: { id: 'agency:x', name: 'X' }, labels: ['Entity', 'Agency'] })).toMatchObject({
      id: 'agency:x',
      label: 'Agency',
    });
  });

  it('a document without id, a fact without type or ends, evidence without its document are gone', () => {
    expect(documentRow({})).toBeNull();
    expect(documentRow(null)).toBeNull();
    expect(factRow({ type: null, kind: null, from: null, to: null, evidence: [] } as never)).toBeNull();
    const fact = factRow({
      type: 'LEADS',
      kind: null,
      from: 'agency:x',
      to: 'project:y',
      evidence: [{ doc: 'doc:a', start: 0, end: 1, quote: 'x' }, { doc: null } as never],
    });
    expect(fact?.evidence).toEqual([{ doc: 'doc:a', start: 0, end: 1, quote: 'x' }]);
  });

  it('a page drops the rows that vanished', () => {
    const page = readPage(
      { total: 2, items: [{ id: 'doc:a', file: 'a.txt' }, {}] },
      pageWindow({ first: 5 }),
      documentRow,
    );
    expect(page.items).toEqual([{ id: 'doc:a', file: 'a.txt' }]);
  });
});
