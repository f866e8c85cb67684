/**
 * `GET <IRI>` (`/id/<label>/<key>`) with content negotiation: JSON-LD (`application/ld+json`, also for
 * `application/json` and `*` / `*`), N-Quads (`application/n-quads`), or the explorer page of the entity
 * (`text/html`); 406 for anything else. The @context is served at /ns/context.jsonld.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { parseIdPath } from '../linked-data/iri.js';
import { toNQuads } from '../linked-data/rdf.js';
import { jsonLdContext } from '../linked-data/vocabulary.js';
import { quoteInput } from '../errors.js';
import { sendJsonError } from './graphql-http.js';
import type { LinkedDataService } from './services/linked-data.js';

/** What an IRI can be answered with, in the server's order of preference. */
const OFFERED = ['application/ld+json', 'application/json', 'application/n-quads', 'text/html'];

export function acceptedType(req: IncomingMessage): string | undefined {
  return new Negotiator(req).mediaType(OFFERED);
}

function sendLinkedData(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    vary: 'Accept',
    'access-control-allow-origin': '*',
  });
  res.end(body);
}

export function sendContext(res: ServerResponse, base: string): void {
  sendLinkedData(
    res,
    200,
    'application/ld+json',
    `${JSON.stringify({ '@context': jsonLdContext(base) }, null, 2)}\n`,
  );
}

export interface IriDeps {
  linkedData: LinkedDataService;
  base: string;
  /** The explorer page (the same for every path: the page reads its path). */
  explorerPage: () => Promise<string>;
}

export async function handleIri(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: IriDeps,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendJsonError(res, 405, 'An IRI is read with GET', 'METHOD_NOT_ALLOWED');
  }
  const parsed = parseIdPath(pathname);
  if (!parsed || 'error' in parsed) {
    return sendJsonError(res, 404, `Nothing at ${pathname}: ${parsed?.error ?? 'not an IRI'}`, 'NOT_FOUND');
  }
  const type = acceptedType(req);
  if (!type) {
    res.setHeader('vary', 'Accept');
    return sendJsonError(res, 406, `An IRI is served as ${OFFERED.join(', ')}`, 'NOT_ACCEPTABLE');
  }
  const described = await deps.linkedData.describe(parsed.label, parsed.id);
  if (type === 'text/html') {
    // The explorer shows the entity (or says it is not there); the status tells crawlers.
    res.writeHead(described ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', vary: 'Accept' });
    res.end(await deps.explorerPage());
    return;
  }
  if (!described) {
    res.setHeader('vary', 'Accept');
    return sendJsonError(res, 404, `No ${parsed.label.toLowerCase()} ${quoteInput(parsed.id)}`, 'NOT_FOUND');
  }
  if (type === 'application/n-quads') {
    return sendLinkedData(res, 200, type, await toNQuads(described, deps.base));
  }
  // A client that asked for plain JSON gets the same JSON-LD, labelled as what it asked for.
  sendLinkedData(res, 200, type, `${JSON.stringify(described, null, 2)}\n`);
}
