import { useState } from 'react';
import { NumberField } from '../canvas/ui/NumberField';

export interface AmountOperation {
  title: string;
  fieldLabel: string;
  min: number;
  max: number;
  initial: number;
  apply: (amount: number) => void;
}

/** Asks for the pixels of a grow, shrink or smooth, then applies it as one undo step. */
export function MaskAmountDialog({ operation, onClose }: { operation: AmountOperation; onClose: () => void }) {
  const [amount, setAmount] = useState(operation.initial);
  const apply = () => {
    operation.apply(amount);
    onClose();
  };
  return (
    <div
      role="dialog"
      aria-label={operation.title}
      className="absolute left-0 top-9 z-30 flex w-64 flex-col gap-2 rounded-lg border border-ink-700 bg-ink-850 p-3 shadow-2xl shadow-black/50"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h2 className="text-xs font-medium text-ink-200">{operation.title}</h2>
      <label className="flex items-center justify-between gap-2 text-[11px] text-ink-300">
        <span>
          {operation.fieldLabel} <span className="text-ink-500">({operation.min}–{operation.max} px)</span>
        </span>
        <NumberField label={operation.fieldLabel} value={amount} min={operation.min} max={operation.max} suffix="px" onCommit={(value) => setAmount(Math.round(value))} />
      </label>
      <div className="flex justify-end gap-1">
        <button type="button" onClick={onClose} className="rounded px-2 py-1 text-xs text-ink-300 hover:bg-ink-700">
          Cancel
        </button>
        <button type="button" onClick={apply} className="rounded bg-accent-500 px-2.5 py-1 text-xs font-medium text-white hover:bg-accent-600">
          Apply
        </button>
      </div>
    </div>
  );
}
