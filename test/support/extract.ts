/**
 * One hand-written document through the whole extractor (its public surface, loaders/index.ts), the
 * way `kg extract` reads a file with a manifest entry. For the extractor's unit tests.
 */
import { extractGraph } from '../../loaders/index.js';
import type { Genre, GraphJson } from '../../src/model/graph-json.js';

export interface TestDocument {
  /** Default 珠海市. */
  jurisdiction?: string;
  /** Default 珠海市发展和改革局 (the issuer is who 我局 refers to). */
  issuer?: string;
}

/** The graph of `text`; a document the extractor refuses fails the test with its reason. */
export function extract(text: string, genre: Genre, document: TestDocument = {}): GraphJson {
  const { graph, failures } = extractGraph([
    {
      file: 't.txt',
      bytes: Buffer.from(text, 'utf8'),
      metadata: {
        title: 't',
        issuer: document.issuer ?? '珠海市发展和改革局',
        jurisdiction: document.jurisdiction ?? '珠海市',
        genre,
        date: null,
      },
    },
  ]);
  if (failures.length > 0) {
    throw new Error(`the extractor refused the test document: ${failures.map((f) => f.message).join('; ')}`);
  }
  return graph;
}
