/**
 * A button that shows something only while it is held down (pointer, Space or Enter), as in
 * Photoshop's before/after: it lets go when the pointer leaves or the key comes up.
 */
export function HoldButton({ children, disabled, onHold, label }: { children: React.ReactNode; disabled?: boolean; onHold: (holding: boolean) => void; label?: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      disabled={disabled}
      onPointerDown={() => onHold(true)}
      onPointerUp={() => onHold(false)}
      onPointerLeave={() => onHold(false)}
      onKeyDown={(event) => (event.key === ' ' || event.key === 'Enter') && onHold(true)}
      onKeyUp={() => onHold(false)}
      className="rounded border border-ink-700 px-2 py-1 text-xs text-ink-300 hover:bg-ink-800 disabled:opacity-40"
    >
      {children}
    </button>
  );
}
