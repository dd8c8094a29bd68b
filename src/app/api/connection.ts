import { useSyncExternalStore } from 'react';

/**
 * Whether the studio server answers, as the page last saw it. Every request reports its
 * outcome (http.ts); between requests a health check runs every few seconds, backing off
 * while the server is away (connectionMonitor.ts). Tasks and resumed submissions wait on it.
 */
export type Connection =
  | { state: 'connecting' }
  | { state: 'online'; since: number }
  | { state: 'offline'; since: number; message: string; nextCheckAt: number | null };

let current: Connection = { state: 'connecting' };
const listeners = new Set<() => void>();

function set(next: Connection): void {
  current = next;
  for (const listener of listeners) listener();
}

export const getConnection = (): Connection => current;

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribeConnection, getConnection);
}

/** The server answered (any HTTP status). */
export function reportReachable(now = Date.now()): void {
  if (current.state !== 'online') set({ state: 'online', since: now });
}

/** A request could not reach the server at all. */
export function reportUnreachable(message: string, now = Date.now()): void {
  if (current.state === 'offline') {
    if (current.message !== message) set({ ...current, message });
    return;
  }
  set({ state: 'offline', since: now, message, nextCheckAt: null });
}

/** The monitor says when it tries again, for "retrying in 4 s". */
export function reportNextCheck(at: number): void {
  if (current.state === 'offline' && current.nextCheckAt !== at) set({ ...current, nextCheckAt: at });
}

/** Resolves when the server is known to answer (at once when it is). */
export function waitUntilOnline(): Promise<void> {
  if (current.state === 'online') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = subscribeConnection(() => {
      if (current.state !== 'online') return;
      stop();
      resolve();
    });
  });
}
