import { createHash } from 'node:crypto';
import { emitStringToSign } from '../picpik/signature';

/**
 * Lowercase hex SHA-1 of the string to sign (shared/picpik-api.md §2). The pieces are hashed
 * as they come, so a request with 10 MB of base64 is never copied into one big string.
 */
export function signRequest(request: Record<string, unknown>, privateKey: string): string {
  const hash = createHash('sha1');
  emitStringToSign(request, privateKey, (piece) => hash.update(piece, 'utf8'));
  return hash.digest('hex');
}
