/**
 * A small Node `http` integration for Apollo Server 5 (which ships no HTTP framework binding besides
 * its standalone server, and that one cannot also serve /healthz and the playground files).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type ContextThunk } from '@apollo/server';
import { KgError } from '../errors.js';
import { checkQueryLength } from './limits.js';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** An HTTP request the API cannot use at all, answered with `status` before GraphQL sees it. */
export class RequestError extends KgError {
  constructor(status: number, message: string) {
    super('BAD_REQUEST', message, { httpStatus: status });
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestError(413, `Request body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function sendJsonError(
  res: ServerResponse,
  status: number,
  message: string,
  code = 'BAD_REQUEST',
  details: Readonly<Record<string, unknown>> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { ...details, code } }] }));
}

/** The query text of a GET (`?query=`) or POST (JSON `{query}` or a bare string) request. */
function queryText(url: URL, body: unknown): unknown {
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object' && 'query' in body) return (body as { query: unknown }).query;
  return url.searchParams.get('query');
}

export async function handleGraphQL<TContext extends object>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: ContextThunk<TContext>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = headerMap(req);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, MAX_BODY_BYTES);
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        throw new RequestError(400, 'The request body is not valid JSON');
      }
    } else {
      body = text;
    }
  }
  // Before Apollo parses it: a huge query is refused in the time it takes to measure it.
  try {
    checkQueryLength(queryText(url, body));
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    return sendJsonError(res, 400, error.message, error.code, error.details);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
