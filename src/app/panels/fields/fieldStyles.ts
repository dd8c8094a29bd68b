/** Shared classes of the panel controls (the canvas editor's ink palette, 11 px type). */
export const INPUT =
  'h-6 rounded border bg-ink-950 px-1.5 text-[11px] text-ink-200 hover:border-ink-600 focus:border-accent-500 focus:outline-none disabled:opacity-40';
export const INPUT_OK = 'border-ink-700';
export const INPUT_INVALID = 'border-danger-500 ring-1 ring-danger-500/60 hover:border-danger-500 focus:border-danger-500';
export const LABEL = 'text-[11px] text-ink-400';
export const ERROR_TEXT = 'text-[10px] leading-snug text-danger-500';
export const HINT_TEXT = 'text-[10px] leading-snug text-ink-500';
export const SMALL_BUTTON =
  'inline-flex h-6 items-center gap-1 rounded border border-ink-700 bg-ink-850 px-2 text-[11px] text-ink-300 hover:border-ink-500 hover:text-ink-200 disabled:pointer-events-none disabled:opacity-40';
