import { INPUT, INPUT_OK, LABEL } from './fieldStyles';

type SelectFieldProps<T extends string> = {
  label: string;
  name?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  disabled?: boolean;
};

/** A labelled native select: compact, keyboard-friendly, and right for short fixed lists. */
export function SelectField<T extends string>({ label, name = label, value, options, onChange, disabled }: SelectFieldProps<T>) {
  const known = options.some((option) => option.value === value);
  return (
    <div className="flex items-center gap-2 py-1">
      <span className={`${LABEL} w-[92px] shrink-0 truncate`} title={label} aria-hidden>
        {label}
      </span>
      <select
        aria-label={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
        className={`${INPUT} ${INPUT_OK} min-w-0 flex-1 pr-1`}
      >
        {known ? null : <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
