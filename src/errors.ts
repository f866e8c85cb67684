/**
 * One error model for the command line, the store and the API.
 *
 * Every error the product expects (bad input, a missing document, a missing server) is a KgError
 * with a `code`: the CLI prints its message without a stack trace, the API sends the message and the
 * code to the client (`extensions.code`) and, for the codes that decide it, sets the HTTP status.
 * Anything else is a bug: it keeps its stack, the CLI prints it as an internal error and the API
 * answers INTERNAL_SERVER_ERROR without details.
 *
 * A new kind of failure is one line in ERROR_CODES (its code and, if the whole HTTP response should
 * say so, its status) and a subclass below.
 */

export const ERROR_CODES = {
  /** The request, an argument, a file or a document is wrong; the message names it and says why. */
  BAD_USER_INPUT: {},
  /** No such document, entity or name. */
  NOT_FOUND: {},
  /** A mutation without the API key. */
  UNAUTHENTICATED: { httpStatus: 401 },
  /** A database query ran past its time limit. */
  TIMEOUT: {},
  /** The machine or its configuration: an environment variable, Java, Maven, a port, the server. */
  BAD_ENVIRONMENT: {},
  /** The database cannot be reached right now (refused, or silent past NEO4J_CONNECT_TIMEOUT_MS). */
  SERVICE_UNAVAILABLE: { httpStatus: 503 },
  /** The HTTP request itself is unusable (its body is not JSON, or too large: 413). */
  BAD_REQUEST: { httpStatus: 400 },
  /** A bug. */
  INTERNAL_SERVER_ERROR: {},
} satisfies Record<string, { httpStatus?: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface KgErrorOptions {
  /** Machine-readable facts for clients (the argument at fault, the candidates of an ambiguous name). */
  details?: Record<string, unknown>;
  cause?: unknown;
  /** Overrides the code's HTTP status (ERROR_CODES) for this error. */
  httpStatus?: number;
}

export class KgError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  /** The status of an HTTP response that carries this error; undefined: the transport decides. */
  readonly httpStatus: number | undefined;

  constructor(code: ErrorCode, message: string, options: KgErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
    const byCode: { httpStatus?: number } = ERROR_CODES[code];
    this.httpStatus = options.httpStatus ?? byCode.httpStatus;
  }

  /**
   * The error as GraphQL clients see it under `extensions` (graphql-js takes a resolver error's
   * `extensions` from the error it wraps); Apollo turns `http` into the response status and drops it.
   */
  get extensions(): Record<string, unknown> {
    const status = this.httpStatus;
    return { code: this.code, ...this.details, ...(status ? { http: { status } } : {}) };
  }
}

/** The user's input is wrong (BAD_USER_INPUT). */
export class InputError extends KgError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details ? { details } : {});
  }
}

/** No `what` with this id or name (NOT_FOUND). */
export class NotFoundError extends KgError {
  constructor(
    readonly what: string,
    readonly key: string,
    message = `No ${what} ${quoteInput(key)}`,
  ) {
    super('NOT_FOUND', message, { details: { what, key: clipInput(key) } });
  }
}

export class UnauthenticatedError extends KgError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

export class QueryTimeoutError extends KgError {
  constructor(readonly timeoutMs: number) {
    super(
      'TIMEOUT',
      `The query ran longer than the ${timeoutMs} ms limit; narrow it (filters, smaller pages, fewer hops)`,
      { details: { timeoutMs } },
    );
  }
}

/** Neo4j cannot be reached now: the client may try again later (HTTP 503). */
export class ServiceUnavailableError extends KgError {
  constructor(message: string, cause?: unknown) {
    super('SERVICE_UNAVAILABLE', message, cause === undefined ? {} : { cause });
  }
}

/** Something outside the input is not as needed: a variable, Java, Maven, a port, the server. */
export class EnvironmentError extends KgError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('BAD_ENVIRONMENT', message, options);
  }
}

/** A bug or an unexpected failure, with what was being done; the cause keeps the original stack. */
export class InternalError extends KgError {
  constructor(message: string, cause?: unknown) {
    super('INTERNAL_SERVER_ERROR', message, cause === undefined ? {} : { cause });
  }
}

/** True for the errors the product expects: reported by their message alone. */
export function isExpected(error: unknown): error is KgError {
  return error instanceof KgError && error.code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * What a command prints for a failure: the message of an expected error; for anything else
 * "internal error" and the stack, with the stacks of its causes.
 */
export function errorReport(error: unknown): string {
  if (isExpected(error)) return error.message;
  return `internal error: ${stackOf(error)}`;
}

function stackOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.stack ?? `${error.name}: ${error.message}`;
  return error.cause === undefined ? own : `${own}\ncaused by: ${stackOf(error.cause)}`;
}

/** The most characters of the user's input an error message quotes (a 1 MB name is not echoed). */
export const MAX_QUOTED_CHARS = 200;

/** A piece of input (an id, a name) as a message shows it: cut after MAX_QUOTED_CHARS characters. */
export function clipInput(text: string): string {
  return text.length <= MAX_QUOTED_CHARS
    ? text
    : `${text.slice(0, MAX_QUOTED_CHARS)}… (${text.length} characters)`;
}

/** A value of the input as a message quotes it: JSON, cut after MAX_QUOTED_CHARS characters. */
export function quoteInput(value: unknown): string {
  if (typeof value === 'string') {
    return value.length <= MAX_QUOTED_CHARS
      ? JSON.stringify(value)
      : `${JSON.stringify(value.slice(0, MAX_QUOTED_CHARS))}… (${value.length} characters)`;
  }
  const json = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return clipInput(json);
}
