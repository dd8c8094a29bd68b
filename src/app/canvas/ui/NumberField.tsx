import { useState } from 'react';

type NumberFieldProps = {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
  width?: string;
  onCommit: (value: number) => void;
};

/**
 * A compact number box. Valid in-range values apply as they are typed (and on arrow keys);
 * out-of-range ones are clamped on Enter or blur. Outside editing it shows the store's value.
 */
export function NumberField({ label, value, min, max, step = 1, suffix, width = 'w-14', onCommit }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string) => {
    const parsed = Number(text);
    if (text.trim() !== '' && Number.isFinite(parsed)) onCommit(Math.max(min, Math.min(max, parsed)));
    setDraft(null);
  };
  return (
    <span className="relative inline-flex items-center">
      <input
        type="number"
        aria-label={label}
        value={draft ?? String(Math.round(value * 100) / 100)}
        min={min}
        max={max}
        step={step}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const parsed = Number(text);
          if (text.trim() !== '' && parsed >= min && parsed <= max) onCommit(parsed);
        }}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          // Enter commits and hands the keyboard back to the canvas, as in image editors.
          if (event.key === 'Enter') {
            commit(event.currentTarget.value);
            event.currentTarget.blur();
          }
          if (event.key === 'Escape') {
            setDraft(null);
            event.currentTarget.blur();
          }
        }}
        className={`${width} h-6 rounded border border-ink-700 bg-ink-950 px-1.5 text-right font-mono text-[11px] text-ink-200 tabular-nums hover:border-ink-600 focus:border-accent-500 focus:outline-none ${suffix ? 'pr-5' : ''} [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none`}
      />
      {suffix ? <span className="pointer-events-none absolute right-1.5 text-[10px] text-ink-500">{suffix}</span> : null}
    </span>
  );
}
