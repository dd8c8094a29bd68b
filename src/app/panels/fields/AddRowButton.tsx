import { useId } from 'react';
import { HINT_TEXT } from './fieldStyles';

type AddRowButtonProps = {
  label: string;
  onClick: () => void;
  /** Why nothing can be added now; shown under the button, which is then disabled. */
  disabledReason?: string | undefined;
};

/** The dashed "+ Add …" button under a list (ControlNet units, sub-models), with its reason when disabled. */
export function AddRowButton({ label, onClick, disabledReason }: AddRowButtonProps) {
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        disabled={disabledReason !== undefined}
        aria-describedby={disabledReason ? reasonId : undefined}
        onClick={onClick}
        className="mt-1.5 flex h-7 w-full items-center justify-center rounded-md border border-dashed border-ink-600 text-[11px] text-ink-300 hover:border-accent-500 hover:text-accent-400 disabled:pointer-events-none disabled:opacity-40"
      >
        <span aria-hidden className="mr-1">+</span>
        {label}
      </button>
      {disabledReason ? (
        <p id={reasonId} className={`${HINT_TEXT} mt-1`}>
          {disabledReason}
        </p>
      ) : null}
    </>
  );
}
