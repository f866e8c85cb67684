/**
 * The API server: GraphQL (queries open, mutations with the API key) at /graphql, the GraphiQL
 * playground at /graphql in a browser, the explorer at / (and at every IRI asked for as text/html),
 * linked data at the IRIs (/id/<label>/<key>) and the @context at /ns/context.jsonld, /healthz
 * (process up) and /readyz (Neo4j answers).
 */
import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_API_HOST, DEFAULT_API_PORT } from '../config.js';
import { KgError } from '../errors.js';
import { DEFAULT_BASE_URI } from '../linked-data/iri.js';
import { authState } from './auth.js';
import { createContext, type ApiContext } from './context.js';
import { errorFormatter } from './errors.js';
import { graphReader } from './graph-reader.js';
import { readiness } from './readiness.js';
import { handleGraphQL, sendJsonError } from './graphql-http.js';
import { limitsPlugin, MAX_TOKENS, REQUEST_BUDGET_MS } from './limits.js';
import { playgroundAsset } from './playground/assets.js';
import { loadTabs, playgroundHtml } from './playground/page.js';
import { buildApiSchema } from './schema/build.js';
import type { Extractor } from './services/ingest.js';
import { CONTEXT_PATH, VOCABULARY_PATH } from '../linked-data/vocabulary.js';
import { EXPLORER_ASSETS } from './explorer/bundle.js';
import { EXPLORER_ASSET_BASE, EXPLORER_PATHS, explorerHtml } from './explorer/page.js';
import { handleIri, sendContext } from './linked-data-http.js';
import { LinkedDataService } from './services/linked-data.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

export interface ServerOptions {
  driver: Driver;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  database?: string;
  /** Mutations are refused unless set (the entry points pass KG_API_KEY). */
  apiKey?: string;
  /** Cypher transaction timeout per read (default 10 s). */
  timeoutMs?: number;
  /** Time all reads of one request may take together (default REQUEST_BUDGET_MS, 15 s). */
  requestBudgetMs?: number;
  /** Create the store's constraints and indexes at start-up when missing (default true). */
  ensureSchema?: boolean;
  queriesDir?: string;
  extractor?: Extractor;
  /** Internal errors reach clients with their message and stack trace (default false). */
  development?: boolean;
  /** Base of every IRI (default: KG_BASE_URI, else http://127.0.0.1:4000). */
  baseUri?: string;
}

export interface RunningServer {
  url: string;
  /** Stops accepting requests, lets running ones finish (up to `graceMs`), stops Apollo. The driver is the caller's. */
  stop(graceMs?: number): Promise<void>;
}

function isHtmlRequest(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return req.method === 'GET' && accept.includes('text/html') && !new URL(req.url ?? '/', 'http://x').search;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { driver } = options;
  const { apiKey } = options;
  const statementTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const reader = graphReader(driver, { timeoutMs: statementTimeoutMs, database: options.database });
  // The API starts while Neo4j is down, and /readyz says so until it is back (readiness.ts).
  const readyState = readiness(driver, reader, {
    ensureSchema: options.ensureSchema ?? true,
    database: options.database,
  });
  await readyState.firstAttempt;

  const schema = await buildApiSchema();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError: errorFormatter({ development: options.development ?? false }),
    includeStacktraceInErrorResponses: options.development ?? false,
    introspection: true,
    // Parsing stops after MAX_TOKENS: no query costs more to parse and validate than that.
    parseOptions: { maxTokens: MAX_TOKENS },
    // The entry points (src/main.ts, src/api/main.ts) own SIGINT/SIGTERM and call stop(); Apollo's
    // own signal handlers would race them and leave Ctrl-C hanging.
    stopOnTerminationSignals: false,
    plugins: [
      limitsPlugin<ApiContext>(schema),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const deps = {
    driver,
    reader,
    budget: { budgetMs: options.requestBudgetMs ?? REQUEST_BUDGET_MS, statementTimeoutMs },
    database: options.database,
    extractor: options.extractor,
    baseUri: options.baseUri ?? DEFAULT_BASE_URI,
  };
  const queriesDir = options.queriesDir ?? QUERIES_DIR;
  const iris = {
    linkedData: new LinkedDataService(reader, deps.baseUri),
    base: deps.baseUri,
    explorerPage: async () => explorerHtml(),
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      const { ready, status } = await readyState.check();
      return sendJson(res, ready ? 200 : 503, { status });
    }
    if (pathname.startsWith('/graphql/assets/')) {
      const asset = playgroundAsset(pathname.slice('/graphql/assets/'.length));
      if (!asset || req.method !== 'GET') return sendJsonError(res, 404, 'No such asset', 'NOT_FOUND');
      const body = await asset.body;
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      res.end(body);
      return;
    }
    if (pathname === '/graphql' || pathname === '/graphql/') {
      if (isHtmlRequest(req)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(playgroundHtml(await loadTabs(queriesDir), '/graphql/assets', '/graphql'));
        return;
      }
      return handleGraphQL(apollo, req, res, async () =>
        createContext(deps, authState(apiKey, req.headers.authorization)),
      );
    }
    if (pathname.startsWith('/id/')) return handleIri(req, res, pathname, iris);
    if (pathname === CONTEXT_PATH || pathname === VOCABULARY_PATH) return sendContext(res, deps.baseUri);
    if (pathname.startsWith(`${EXPLORER_ASSET_BASE}/`)) {
      const name = pathname.slice(EXPLORER_ASSET_BASE.length + 1);
      const asset = Object.hasOwn(EXPLORER_ASSETS, name) ? EXPLORER_ASSETS[name] : undefined;
      if (!asset || req.method !== 'GET') return sendJsonError(res, 404, 'No such asset', 'NOT_FOUND');
      const body = await asset.body();
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
      res.end(body);
      return;
    }
    if (EXPLORER_PATHS.has(pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(explorerHtml());
      return;
    }
    sendJsonError(res, 404, `Nothing at ${pathname}: the explorer is at /, the API at /graphql`, 'NOT_FOUND');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof KgError && error.httpStatus) {
        return sendJsonError(res, error.httpStatus, error.message, error.code, error.details);
      }
      console.error('[api] request failed:', error);
      sendJsonError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_API_PORT, options.host ?? DEFAULT_API_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/graphql`,
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        await closed;
        clearTimeout(timer);
        readyState.stop();
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
