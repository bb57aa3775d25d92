/**
 * Admin tokens guard key creation, reviews and every stored prompt, so a token must carry at least 32 random bytes:
 * 43 or more characters (32 bytes in base64url; 64 hex digits also pass) that are not a visible pattern. Anything
 * shorter is refused with the command that makes a good one.
 */
import { randomBytes } from 'node:crypto';
import { DistillguardError } from '../errors.js';

export const MIN_TOKEN_CHARS = 43;
const MIN_DISTINCT_CHARS = 12;
export const TOKEN_HOWTO = `generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"  (or: openssl rand -hex 32)`;

/** A fresh token with 32 random bytes. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Throws a usage error naming `where` when the token cannot hold 32 random bytes. */
export function checkToken(token: string, where: string): void {
  const distinct = new Set(token).size;
  if (token.length >= MIN_TOKEN_CHARS && distinct >= MIN_DISTINCT_CHARS && !/\s/.test(token)) return;
  const why = token.length < MIN_TOKEN_CHARS ? `${token.length} characters, fewer than ${MIN_TOKEN_CHARS}` : /\s/.test(token) ? 'it contains whitespace' : `only ${distinct} distinct characters`;
  throw new DistillguardError('USAGE', `${where}: the admin token must carry at least 32 random bytes (${why}); ${TOKEN_HOWTO}`);
}
