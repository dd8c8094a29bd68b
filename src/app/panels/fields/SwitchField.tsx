import { useId, type ReactNode } from 'react';
import { HINT_TEXT } from './fieldStyles';
import { SwitchTrack } from './SwitchTrack';

type SwitchFieldProps = {
  label: string;
  /** Accessible name; defaults to the label. */
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** A line under the switch (why it is disabled, what it does). */
  hint?: ReactNode;
};

/** A labelled on/off switch (role="switch"); the whole row toggles it. */
export function SwitchField({ label, name = label, checked, onChange, disabled, hint }: SwitchFieldProps) {
  const hintId = useId();
  return (
    <div className="py-1">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={name}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        className="group flex w-full items-center justify-between gap-2 text-left disabled:opacity-40"
      >
        <span className="text-[11px] text-ink-300 group-hover:text-ink-200">{label}</span>
        <SwitchTrack checked={checked} />
      </button>
      {hint ? (
        <p id={hintId} className={`${HINT_TEXT} mt-0.5`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
