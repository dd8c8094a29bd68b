import { createHash, randomBytes } from 'node:crypto';

/** 1–64 characters: letters, digits, spaces and . _ ' - (not leading); shown in History and usage. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,63}$/u;

export function designerNameProblem(name: string): string | null {
  return NAME.test(name) ? null : `NAME must be 1 to 64 letters, digits, spaces or . _ ' - and start with a letter or digit (got "${name}")`;
}

/** A new designer token: 32 random bytes, base64url, with a prefix that says what it is. */
export function newDesignerToken(): string {
  return `pps_${randomBytes(32).toString('base64url')}`;
}

/** What the index keeps instead of the token. Tokens are random, so a plain sha256 is enough. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
