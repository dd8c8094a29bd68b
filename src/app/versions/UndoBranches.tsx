import { redo, useHistoryState } from '../canvas/history/studioHistory';

/**
 * The undo history is a tree: where an edit followed an undo, the undone steps stay as another
 * branch. Here, at such a fork, each branch can be redone; Redo (Shift+Ctrl+Z) takes the marked one.
 */
export function UndoBranches() {
  const history = useHistoryState();
  if (history.redoBranches.length < 2) return null;
  return (
    <div role="group" aria-label="Redo branches" className="flex flex-wrap items-center gap-1 px-3 pb-1 text-[11px] text-ink-400">
      <span>Undo branches here:</span>
      {history.redoBranches.map((label, index) => (
        <button
          key={index}
          type="button"
          aria-pressed={index === history.redoBranch}
          title={index === history.redoBranch ? 'Redo takes this branch' : 'Redo this branch instead'}
          onClick={() => redo(index)}
          className={`rounded border px-1.5 py-0.5 ${index === history.redoBranch ? 'border-accent-500 text-ink-200' : 'border-ink-700 hover:bg-ink-800'}`}
        >
          Redo {label}
        </button>
      ))}
    </div>
  );
}
