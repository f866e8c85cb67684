/**
 * Mutations need the API key (`KG_API_KEY`) as a bearer token; queries need nothing. With no key
 * configured, every mutation is refused, so a server started without thinking is read-only.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors.js';

export interface AuthState {
  /** Whether the server has an API key configured at all. */
  configured: boolean;
  /** Whether this request carried it. */
  authorized: boolean;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares digests in constant time, so the comparison leaks neither the key nor its length. */
export function authState(apiKey: string | undefined, authorization: string | undefined): AuthState {
  if (!apiKey) return { configured: false, authorized: false };
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  const token = match?.[1]?.trim();
  return { configured: true, authorized: !!token && timingSafeEqual(digest(token), digest(apiKey)) };
}

export function requireApiKey(auth: AuthState): void {
  if (!auth.configured) {
    throw new UnauthenticatedError(
      'Mutations are disabled: set KG_API_KEY on the server and send it as "Authorization: Bearer <key>"',
    );
  }
  if (!auth.authorized)
    throw new UnauthenticatedError(
      'This mutation needs the API key: send "Authorization: Bearer <KG_API_KEY>"',
    );
}
