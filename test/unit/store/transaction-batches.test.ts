/** Grouping documents into write transactions and merging their rows (src/store/transaction-batches.ts, write-parameters.ts). */
import { describe, expect, it } from 'vitest';
import { splitByDocument, type DocumentBatch } from '../../../src/store/document-batch.js';
import { documentWrites, transactionBatches } from '../../../src/store/transaction-batches.js';
import { writeParameters } from '../../../src/store/write-parameters.js';
import { TEXT_MAP, threeDocuments } from '../../support/store-graphs.js';

const batches = splitByDocument(threeDocuments(), TEXT_MAP).batches;

async function groups(documents: DocumentBatch[], writes: number): Promise<string[][]> {
  const result: string[][] = [];
  for await (const group of transactionBatches(documents, writes))
    result.push(group.map((b) => b.document.id));
  return result;
}

describe('transactions of several documents', () => {
  it('fills a transaction up to the writes given, and never leaves a document out', async () => {
    const all = batches.map((b) => b.document.id);
    expect(await groups(batches, 1_000_000)).toEqual([all]);
    expect(await groups(batches, 1)).toEqual(all.map((id) => [id]));
    const firstTwo = documentWrites(batches[0]!) + documentWrites(batches[1]!);
    expect(await groups(batches, firstTwo)).toEqual([all.slice(0, 2), all.slice(2)]);
  });

  it('puts two versions of one document (same id or same file) in different transactions', async () => {
    const [a, b] = batches;
    const sameFile = { ...b!, document: { ...b!.document, file: a!.document.file } };
    expect(await groups([a!, sameFile], 1_000_000)).toEqual([[a!.document.id], [b!.document.id]]);
    expect(await groups([a!, a!], 1_000_000)).toEqual([[a!.document.id], [a!.document.id]]);
  });

  it("merges the documents' rows: one row per node with every mentioning document, one per edge with all evidence", () => {
    const rows = writeParameters(batches);
    const agencies = rows.get('Agency') as Array<{ id: string; docs: string[] }>;
    const shared = agencies.find((row) => row.docs.length > 1)!;
    expect(new Set(agencies.map((row) => row.id)).size).toBe(agencies.length);
    expect(shared.docs.length).toBeGreaterThan(1);

    const edgeRows = [...rows]
      .filter(([key]) => key.includes('_'))
      .flatMap(
        ([, rows]) =>
          rows as Array<{ evDocs: string[]; evStarts: number[]; evQuotes: string[]; docs: string[] }>,
      );
    const items = batches.reduce((n, b) => n + b.evidenceCount, 0);
    expect(edgeRows.reduce((n, row) => n + row.evDocs.length, 0)).toBe(items);
    for (const row of edgeRows) {
      expect(row.evStarts).toHaveLength(row.evDocs.length);
      expect(row.evQuotes).toHaveLength(row.evDocs.length);
      expect(new Set(row.evDocs)).toEqual(new Set(row.docs));
    }
    // The documents' own rows are left as they were (a refused transaction writes them again alone).
    expect(splitByDocument(threeDocuments(), TEXT_MAP).batches).toEqual(batches);
  });
});
