/** The extraction boundary: only a document the extractor cannot read becomes a per-file failure. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as loaders from '../../../loaders/index.js';
import { DocumentError } from '../../../loaders/index.js';
import { InternalError } from '../../../src/errors.js';
import { extractDocument, isFailure } from '../../../src/load/extract-document.js';

const TEXT = '珠海市发展和改革局牵头建设珠海LNG二期工程。';

vi.mock('../../../loaders/index.js', async (original) => {
  const actual = await original<typeof loaders>();
  return { ...actual, extractGraph: vi.fn(actual.extractGraph) };
});

afterEach(() => vi.mocked(loaders.extractGraph).mockRestore());

describe('extractDocument', () => {
  it('returns the graph of one document, checked against the contract, and its text', () => {
    const result = extractDocument({ file: 'a.txt', bytes: Buffer.from(TEXT) });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.text).toBe(TEXT);
    expect(result.graph.documents).toHaveLength(1);
    expect(result.graph.documents[0]!.file).toBe('a.txt');
  });

  it('returns a failure naming the file for a document that cannot be read', () => {
    const result = extractDocument({ file: 'empty.txt', bytes: Buffer.alloc(0) });
    expect(isFailure(result)).toBe(true);
    if (!isFailure(result)) return;
    expect(result.error).toBeInstanceOf(DocumentError);
    expect(result.message).toBe('empty.txt: the file is empty');
  });

  it('throws an internal error when the extractor throws (a bug)', () => {
    vi.mocked(loaders.extractGraph).mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'start')");
    });
    expect(() => extractDocument({ file: 'a.txt', bytes: Buffer.from(TEXT) })).toThrow(InternalError);
  });

  it('throws an internal error when the extractor breaks the graph JSON contract', () => {
    vi.mocked(loaders.extractGraph).mockReturnValueOnce({
      graph: { version: 2, documents: [], nodes: [], edges: [] } as never,
      failures: [],
      texts: new Map(),
    });
    expect(() => extractDocument({ file: 'a.txt', bytes: Buffer.from(TEXT) })).toThrow(
      /a\.txt: the extractor's graph breaks the graph JSON contract/,
    );
  });
});
