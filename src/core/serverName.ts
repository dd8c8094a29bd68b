import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** This process's name on the engine queue and on idempotency claims: host/pid/random, unique per start. */
export function serverName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
}
