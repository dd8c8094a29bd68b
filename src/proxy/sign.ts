import { createHash } from 'node:crypto';
import { stringToSign } from '../picpik/signature';

/** Lowercase hex SHA-1 of the string to sign (shared/picpik-api.md §2). */
export function signRequest(request: Record<string, unknown>, privateKey: string): string {
  return createHash('sha1').update(stringToSign(request, privateKey), 'utf8').digest('hex');
}
