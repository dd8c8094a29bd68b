import { LABEL } from './fieldStyles';

type SegmentedFieldProps<T extends string> = {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
};

/** Two or three mutually exclusive choices as a radio group styled like the editor's Paint/Erase. */
export function SegmentedField<T extends string>({ label, value, options, onChange }: SegmentedFieldProps<T>) {
  return (
    <div className="flex items-center gap-2 py-1">
      <span className={`${LABEL} shrink-0 pr-1`} aria-hidden>
        {label}
      </span>
      <div role="radiogroup" aria-label={label} className="flex min-w-0 flex-1 overflow-hidden rounded border border-ink-700 bg-ink-950">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={value === option.value}
            onClick={() => onChange(option.value)}
            className={`h-6 flex-1 truncate px-2 text-[11px] transition-colors ${
              value === option.value ? 'bg-ink-600 text-ink-200 shadow-inner' : 'text-ink-400 hover:text-ink-200'
            }`}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
