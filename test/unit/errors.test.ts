/** The one error model (src/errors.ts): codes, HTTP status, what GraphQL clients and the CLI see. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  clipInput,
  quoteInput,
  EnvironmentError,
  errorReport,
  InputError,
  InternalError,
  isExpected,
  KgError,
  NotFoundError,
  QueryTimeoutError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from '../../src/errors.js';
import { RequestError } from '../../src/api/graphql-http.js';
import { DocumentNotFoundError } from '../../src/store/delete.js';
import { InvalidGraphError } from '../../src/store/validate.js';

describe('KgError', () => {
  it('carries its code, and its HTTP status where the code decides one', () => {
    expect(new InputError('bad').code).toBe('BAD_USER_INPUT');
    expect(new NotFoundError('project', 'p:1').code).toBe('NOT_FOUND');
    expect(new QueryTimeoutError(50).code).toBe('TIMEOUT');
    expect(new EnvironmentError('no java').code).toBe('BAD_ENVIRONMENT');
    expect(new InternalError('oops').code).toBe('INTERNAL_SERVER_ERROR');
    expect(new UnauthenticatedError('key').httpStatus).toBe(401);
    expect(new InputError('bad').httpStatus).toBeUndefined();
    expect(new RequestError(413, 'too large')).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 413 });
  });

  it('is what graphql-js puts under extensions: code, details and the HTTP status for Apollo', () => {
    const wrapped = new GraphQLError('x', {
      originalError: new InputError('bad depth', { argument: 'depth' }),
    });
    expect(wrapped.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'depth' });
    const unauthenticated = new GraphQLError('x', { originalError: new UnauthenticatedError('key') });
    expect(unauthenticated.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(new NotFoundError('project', 'p:1').extensions).toEqual({
      code: 'NOT_FOUND',
      what: 'project',
      key: 'p:1',
    });
  });

  it('is the base of the store errors', () => {
    const invalid = new InvalidGraphError('g.json', ['edge #0: no quote']);
    expect(invalid).toBeInstanceOf(InputError);
    expect(invalid.message).toBe('g.json: edge #0: no quote');
    const missing = new DocumentNotFoundError('a.txt');
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(KgError);
    expect(missing.name).toBe('DocumentNotFoundError');
  });
});

describe('errorReport (what a command prints)', () => {
  it('is the message alone for an expected error', () => {
    expect(isExpected(new InputError('a.json: not readable as JSON'))).toBe(true);
    expect(errorReport(new InputError('a.json: not readable as JSON'))).toBe('a.json: not readable as JSON');
  });

  it('is "internal error" with the stack for a bug, and with the stack of its cause', () => {
    const bug = new TypeError('x is undefined');
    expect(isExpected(bug)).toBe(false);
    expect(errorReport(bug)).toMatch(/^internal error: TypeError: x is undefined\n\s+at /);
    const wrapped = errorReport(new InternalError('a.txt: the extractor failed', bug));
    expect(wrapped).toMatch(/^internal error: InternalError: a.txt: the extractor failed\n\s+at /);
    expect(wrapped).toMatch(/caused by: TypeError: x is undefined\n\s+at /);
  });
});

describe('inputs in messages', () => {
  it('a missing entity’s message and details quote at most 200 characters of its key', () => {
    const missing = new NotFoundError('agency', 'y'.repeat(5000));
    expect(missing.message.length).toBeLessThan(250);
    expect(String(missing.extensions.key).length).toBeLessThan(230);
  });
});

describe('an unreachable database', () => {
  it('is SERVICE_UNAVAILABLE with HTTP 503', () => {
    expect(new ServiceUnavailableError('down').extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
  });
});

describe('quoting input in messages', () => {
  it('quotes at most 200 characters and says how long the input was', () => {
    expect(quoteInput('珠海市')).toBe('"珠海市"');
    expect(quoteInput('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(200)}"… (1000000 characters)`);
    expect(quoteInput({ a: 'y'.repeat(500) }).length).toBeLessThan(260);
    expect(quoteInput(undefined)).toBe('undefined');
    expect(clipInput('doc:a')).toBe('doc:a');
    expect(clipInput('z'.repeat(201))).toBe(`${'z'.repeat(200)}… (201 characters)`);
  });
});
