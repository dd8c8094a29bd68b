import { useId, useState, type ReactNode } from 'react';
import { ChevronDownIcon } from '../../canvas/ui/icons';

type PanelSectionProps = {
  title: string;
  /** Controls in the header's right side (an "Add" button, a menu). */
  actions?: ReactNode;
  /** A short state shown next to the title while collapsed ("2 units", "Off"). */
  summary?: string | undefined;
  defaultOpen?: boolean;
  children: ReactNode;
};

/**
 * A collapsible group of the properties panel. Collapsed content stays mounted (hidden), so
 * half-typed fields keep their text and their problems still hold Generate back.
 */
export function PanelSection({ title, actions, summary, defaultOpen = true, children }: PanelSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section aria-label={title} className="border-t border-ink-800">
      <header className="flex h-8 items-center gap-1 pl-1.5 pr-2">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="flex h-7 min-w-0 flex-1 items-center gap-1 rounded px-1 text-left hover:bg-ink-850"
        >
          <ChevronDownIcon className={`h-3 w-3 shrink-0 text-ink-500 transition-transform ${open ? '' : '-rotate-90'}`} />
          <h3 className="text-[11px] font-semibold uppercase tracking-wider text-ink-400">{title}</h3>
          {!open && summary ? <span className="ml-auto truncate pl-2 text-[10px] text-ink-500">{summary}</span> : null}
        </button>
        {actions}
      </header>
      <div id={bodyId} hidden={!open} className="px-3 pb-3">
        {children}
      </div>
    </section>
  );
}
