import { useQuery } from '@tanstack/react-query';
import { healthQuery } from '../api/health';
import { creditsQuery } from '../api/credits';
import { ConnectionBadge } from './ConnectionBadge';

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
      <ConnectionBadge />
      <Credits />
      <div className="ml-auto flex items-center gap-4">{children}</div>
    </footer>
  );
}
