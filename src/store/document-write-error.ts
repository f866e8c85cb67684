/**
 * A document the database refused (e.g. a value too large for an index): reported with the document
 * it names and skipped, while the other documents of the load are written.
 */
import { KgError } from '../errors.js';
import type { GraphDocument } from '../model/graph-json.js';

const MAX_QUOTED = 200;

export class DocumentWriteError extends KgError {
  constructor(
    readonly document: Pick<GraphDocument, 'id' | 'file'>,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const quoted = reason.length > MAX_QUOTED ? `${reason.slice(0, MAX_QUOTED)}…` : reason;
    super(
      'BAD_USER_INPUT',
      `${document.file} (${document.id}): not written, the database refused it: ${quoted}`,
      {
        cause,
        details: { document: document.id, file: document.file },
      },
    );
  }
}

/**
 * True when the database refused what a document asked for (a constraint, a value, a size: a client
 * error or a failed statement), so another document in the same transaction may be fine. Connection failures, timeouts
 * and server errors concern every document: they stop the load.
 */
export function isDocumentFault(error: unknown): boolean {
  if (error instanceof KgError) return error.code === 'BAD_USER_INPUT';
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  if (code.startsWith('Neo.ClientError.Security.') || code.startsWith('Neo.ClientError.Transaction.'))
    return false;
  // A value too large for an index is Neo.DatabaseError.Statement.ExecutionFailed, not a client error.
  return code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.Statement.');
}
