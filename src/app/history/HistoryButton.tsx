import { useState } from 'react';
import { HistoryIcon } from '../canvas/ui/icons';
import { HistoryDrawer } from './HistoryDrawer';

/** Top-bar entry to the History drawer. */
export function HistoryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className="flex h-7 items-center gap-1.5 rounded-md px-2 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200"
      >
        <HistoryIcon />
        History
      </button>
      {open ? <HistoryDrawer onClose={() => setOpen(false)} /> : null}
    </>
  );
}
