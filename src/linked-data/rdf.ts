/**
 * JSON-LD processing without the network: the one remote document our JSON-LD refers to is our own
 * @context, which the loader answers from memory; any other URL is refused (never fetched).
 */
import jsonld from 'jsonld';
import type { JsonLdGraph, JsonLdNode } from './jsonld.js';
import { contextUrl, jsonLdContext } from './vocabulary.js';

export type DocumentLoader = (url: string) => Promise<{
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}>;

/** Serves `<base>/ns/context.jsonld` from memory and refuses every other URL. */
export function localDocumentLoader(base: string): DocumentLoader {
  const url = contextUrl(base);
  const document = { '@context': jsonLdContext(base) };
  return async (wanted) => {
    if (wanted !== url)
      throw new Error(`refusing to load ${wanted}: only ${url} is known, and nothing is fetched`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

/**
 * N-Quads of a JSON-LD document (one triple per line, default graph), in `safe` mode: a term the
 * context does not define, or a value that cannot become RDF, is an error rather than silently dropped.
 */
export async function toNQuads(document: JsonLdGraph | JsonLdNode, base: string): Promise<string> {
  const nquads = await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader: localDocumentLoader(base) as never,
      safe: true,
    } as jsonld.Options.ToRdf,
  );
  return nquads as unknown as string;
}
