/**
 * API key material. Keys are random, shown once, and stored only as a SHA-256 hash; the key id is a
 * prefix of that hash, so logs and audit rows can name a key without revealing it.
 */
import { createHash, randomBytes } from 'node:crypto';

export const KEY_PREFIX = 'dg-';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Key id derived from the hash: safe to log, stable, short. */
export function keyIdOf(hash: string): string {
  return `key_${hash.slice(0, 16)}`;
}

export function generateKey(): { key: string; hash: string; keyId: string } {
  const key = KEY_PREFIX + randomBytes(24).toString('base64url');
  const hash = hashKey(key);
  return { key, hash, keyId: keyIdOf(hash) };
}
