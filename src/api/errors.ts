/**
 * How errors reach API clients. Clients branch on `extensions.code`, never on messages.
 *
 * Services throw the product's errors (src/errors.ts): BAD_USER_INPUT (invalid or ambiguous
 * arguments, limits), NOT_FOUND (no such id or name), UNAUTHENTICATED (mutation without a valid API
 * key, HTTP 401), TIMEOUT (the Cypher transaction ran too long), SERVICE_UNAVAILABLE (Neo4j cannot
 * be reached, HTTP 503: a client retries later instead of reporting a bug). graphql-js copies their code and
 * details into `extensions`. Anything else is a bug or an outage and reaches the client as
 * INTERNAL_SERVER_ERROR without details (they go to the server log), unless in development.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clipInput, type ErrorCode } from '../errors.js';

const PRODUCT_CLIENT_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
];

const CLIENT_CODES = new Set<unknown>([
  ...PRODUCT_CLIENT_CODES,
  // Apollo's own request errors are about the client's request, so they keep their messages.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Longest client error message sent. The product's own messages quote at most MAX_QUOTED_CHARS of an
 * input; graphql-js quotes a bad variable value whole ("got invalid value …"), and this caps those.
 */
export const MAX_MESSAGE_CHARS = 1_000;

/** The client error with its message and string details cut to size. */
function bounded(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message, extensions } = formatted;
  const long = message.length > MAX_MESSAGE_CHARS;
  const clippedExtensions = extensions
    ? Object.fromEntries(
        Object.entries(extensions).map(([k, v]) => [k, typeof v === 'string' ? clipInput(v) : v]),
      )
    : undefined;
  return {
    ...formatted,
    message: long
      ? `${message.slice(0, MAX_MESSAGE_CHARS)}… (message cut at ${MAX_MESSAGE_CHARS} characters)`
      : message,
    ...(clippedExtensions ? { extensions: clippedExtensions } : {}),
  };
}

/**
 * Apollo `formatError`: client errors pass through; internal ones lose their message (which may name
 * Cypher or file paths) unless `development`, and are logged with their stack and causes instead.
 */
export function errorFormatter(options: { development: boolean }): ErrorFormatter {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    if (CLIENT_CODES.has(code)) return bounded(formatted);
    if (options.development) return formatted;
    console.error('[api] internal error:', thrown(error));
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * The error a resolver threw, under the GraphQLErrors that graphql-js and Apollo wrap it in (by
 * shape: type-graphql loads graphql's CommonJS build, so its GraphQLError is another class).
 */
function thrown(error: unknown): unknown {
  let inner = error;
  while (inner instanceof Error && (inner as Partial<GraphQLError>).originalError) {
    inner = (inner as GraphQLError).originalError;
  }
  return inner;
}
