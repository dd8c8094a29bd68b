export function TopBar({ children }: { children?: React.ReactNode }) {
  return (
    <header
      aria-label="Toolbar"
      className="flex h-11 shrink-0 items-center gap-3 border-b border-ink-800 bg-ink-900 px-3"
    >
      <div className="flex items-center gap-2 pr-2">
        <img src="/favicon.svg" alt="" className="h-5 w-5" />
        <span className="text-sm font-semibold tracking-tight text-ink-200">PICPIK Studio</span>
      </div>
      {children}
    </header>
  );
}
