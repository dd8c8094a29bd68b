import { getConnection, reportNextCheck, subscribeConnection } from './connection';
import { apiFetch } from './http';

/** While the server answers: a check every few seconds, so a dead server shows within seconds. */
export const ONLINE_CHECK_MS = 4000;
/** While it does not: 1 s, 2 s, 4 s… at most 8 s between tries. */
export const OFFLINE_CHECK_MS = [1000, 2000, 4000, 8000];
/** A server that accepts the connection but does not answer counts as away after this. */
const CHECK_TIMEOUT_MS = 4000;

export function nextCheckDelay(online: boolean, failuresInARow: number): number {
  if (online) return ONLINE_CHECK_MS;
  return OFFLINE_CHECK_MS[Math.min(failuresInARow, OFFLINE_CHECK_MS.length) - 1] ?? OFFLINE_CHECK_MS[0]!;
}

/**
 * Runs health checks until stopped (the status bar starts it). Checks pause while the tab is
 * hidden; going offline (a failed poll, say) brings the next check forward.
 */
export function startConnectionMonitor(onBack: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;
  let wasOnline = getConnection().state === 'online';

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(check, delay);
    if (getConnection().state === 'offline') reportNextCheck(Date.now() + delay);
  };
  async function check(): Promise<void> {
    if (document.visibilityState === 'hidden') return schedule(ONLINE_CHECK_MS);
    try {
      await apiFetch('/api/health', { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    } catch {
      // apiFetch has reported the state; an HTTP error still means the server answered.
    }
    const online = getConnection().state === 'online';
    failures = online ? 0 : failures + 1;
    schedule(nextCheckDelay(online, failures));
  }
  const stopWatching = subscribeConnection(() => {
    const online = getConnection().state === 'online';
    if (online && !wasOnline) onBack();
    if (!online && wasOnline && failures === 0) {
      failures = 1;
      schedule(OFFLINE_CHECK_MS[0]!);
    }
    wasOnline = online;
  });
  void check();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopWatching();
  };
}
