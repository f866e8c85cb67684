/**
 * Coded errors. Clients branch on `extensions.code`, never on messages:
 * BAD_USER_INPUT (invalid or ambiguous arguments, limits), NOT_FOUND (no such id or name),
 * UNAUTHENTICATED (mutation without a valid API key), TIMEOUT (the Cypher transaction ran too long).
 * Anything else is a bug or an outage and reaches the client as INTERNAL_SERVER_ERROR without details
 * (the details go to the server log), unless NODE_ENV=development.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'TIMEOUT' | 'INTERNAL_SERVER_ERROR';

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status?: number) {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return coded('BAD_USER_INPUT', message, extra);
}

export function notFound(what: string, key: string): GraphQLError {
  return coded('NOT_FOUND', `No ${what} ${JSON.stringify(key)}`, { what, key });
}

export function unauthenticated(message: string): GraphQLError {
  return coded('UNAUTHENTICATED', message, {}, 401);
}

export function timeoutError(timeoutMs: number): GraphQLError {
  return coded(
    'TIMEOUT',
    `The query ran longer than the ${timeoutMs} ms limit; narrow it (filters, smaller pages, fewer hops)`,
    {
      timeoutMs,
    },
  );
}

export function databaseError(cause: unknown): GraphQLError {
  return new GraphQLError('The graph database failed to answer', {
    originalError: cause instanceof Error ? cause : new Error(String(cause)),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

const CLIENT_CODES = new Set<unknown>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TIMEOUT',
  // Apollo's own request errors are about the client's request, so they keep their messages.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function isDevelopment(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * Apollo `formatError`: client errors pass through; internal ones lose their message (which may name
 * Cypher or file paths) outside development, and are logged instead.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (CLIENT_CODES.has(code) || isDevelopment()) return formatted;
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  console.error('[api] internal error:', cause instanceof Error ? (cause.stack ?? cause.message) : cause);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
