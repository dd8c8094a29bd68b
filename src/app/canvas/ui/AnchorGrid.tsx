import type { Anchor } from '../../store/documentTypes';

const ROWS = ['top', 'middle', 'bottom'] as const;
const COLUMNS = ['left', 'centre', 'right'] as const;

/**
 * Photoshop's 3×3 anchor: where the current picture stays when the canvas grows.
 * Arrows point to where the new space goes.
 */
export function AnchorGrid({ value, onChange }: { value: Anchor; onChange: (anchor: Anchor) => void }) {
  return (
    <div role="radiogroup" aria-label="Anchor" className="grid w-[78px] grid-cols-3 gap-1">
      {ROWS.map((rowName, row) =>
        COLUMNS.map((columnName, column) => {
          const checked = value.row === row && value.column === column;
          const dx = Math.sign(column - value.column);
          const dy = Math.sign(row - value.row);
          const name = row === 1 && column === 1 ? 'centre' : `${rowName} ${columnName}`;
          return (
            <button
              key={name}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={`Anchor ${name}`}
              onClick={() => onChange({ row: row as Anchor['row'], column: column as Anchor['column'] })}
              className={`flex h-6 w-6 items-center justify-center rounded-sm border text-[10px] ${
                checked ? 'border-accent-500 bg-accent-500 text-white' : 'border-ink-600 bg-ink-950 text-ink-400 hover:border-ink-400'
              }`}
            >
              {checked ? (
                <span className="h-2 w-2 rounded-[1px] bg-white" aria-hidden />
              ) : Math.abs(column - value.column) <= 1 && Math.abs(row - value.row) <= 1 ? (
                <svg viewBox="0 0 10 10" className="h-2.5 w-2.5" aria-hidden style={{ transform: `rotate(${Math.atan2(dy, dx)}rad)` }}>
                  <path d="M1 5h7M5.5 2.5L8 5 5.5 7.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
                </svg>
              ) : null}
            </button>
          );
        }),
      )}
    </div>
  );
}
