import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useConnection } from '../api/connection';
import { startConnectionMonitor } from '../api/connectionMonitor';
import { healthQuery } from '../api/health';

/** Seconds until the next try, ticking while the server is away. */
function useSecondsUntil(at: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Server mode and whether it answers. Health checks run every few seconds (backing off while
 * the server is away), so a stopped server shows here within seconds, not after a failed poll.
 */
export function ConnectionBadge() {
  const queryClient = useQueryClient();
  const health = useQuery(healthQuery);
  const connection = useConnection();
  const retryIn = useSecondsUntil(connection.state === 'offline' ? connection.nextCheckAt : null);
  // Back: the mode may have changed (keys set meanwhile), and waiting polls go at once.
  useEffect(() => startConnectionMonitor(() => void queryClient.invalidateQueries({ predicate: (query) => ['health', 'task-poll'].includes(String(query.queryKey[0])) })), [queryClient]);

  if (connection.state === 'offline') {
    return (
      <span role="alert" data-testid="connection" className="flex items-center gap-1.5 text-danger-500" title={connection.message}>
        <span className="h-2 w-2 rounded-full bg-danger-500" aria-hidden />
        Server unreachable{retryIn !== null ? ` — retrying in ${retryIn} s` : ''}
      </span>
    );
  }
  if (health.isPending) return <span className="text-ink-400">Connecting…</span>;
  if (health.isError) return <span className="text-danger-500">Server unreachable: {health.error.message}</span>;
  const local = health.data.mode === 'local';
  return (
    <span
      data-testid="connection"
      className="flex items-center gap-1.5"
      title={local ? 'No PICPIK keys configured: classical algorithms on this machine, not diffusion' : 'Requests are signed and sent to PICPIK'}
    >
      <span className={`h-2 w-2 rounded-full ${local ? 'bg-amber-400' : 'bg-ok-500'}`} aria-hidden />
      <span data-testid="server-mode">{local ? 'Local engine' : 'PICPIK'}</span>
      <span className="text-ink-500">v{health.data.version}</span>
    </span>
  );
}
