import { useQuery } from '@tanstack/react-query';
import { healthQuery } from '../api/health';
import { creditsQuery } from '../api/credits';

function ModeBadge() {
  const health = useQuery(healthQuery);
  if (health.isPending) return <span className="text-ink-400">Connecting…</span>;
  if (health.isError) return <span className="text-danger-500">Server unreachable: {health.error.message}</span>;
  const local = health.data.mode === 'local';
  return (
    <span
      className="flex items-center gap-1.5"
      title={local ? 'No PICPIK keys configured: classical algorithms on this machine, not diffusion' : 'Requests are signed and sent to PICPIK'}
    >
      <span className={`h-2 w-2 rounded-full ${local ? 'bg-amber-400' : 'bg-ok-500'}`} aria-hidden />
      <span data-testid="server-mode">{local ? 'Local engine' : 'PICPIK'}</span>
      <span className="text-ink-500">v{health.data.version}</span>
    </span>
  );
}

function Credits() {
  const health = useQuery(healthQuery);
  const credits = useQuery(creditsQuery);
  if (health.data?.mode === 'local') return <span data-testid="credits" className="text-ink-400">Free: nothing is charged</span>;
  if (credits.isPending) return null;
  if (credits.isError) return <span className="text-ink-400" title={credits.error.message}>Credits unavailable</span>;
  const { TotalCredits = 0, UsedCredits = 0 } = credits.data;
  return <span data-testid="credits">Credits {TotalCredits - UsedCredits} / {TotalCredits}</span>;
}

export function StatusBar({ children }: { children?: React.ReactNode }) {
  return (
    <footer
      role="status"
      aria-label="Status bar"
      className="flex h-7 shrink-0 items-center gap-4 border-t border-ink-800 bg-ink-900 px-3 text-xs text-ink-300"
    >
      <ModeBadge />
      <Credits />
      <div className="ml-auto flex items-center gap-4">{children}</div>
    </footer>
  );
}
