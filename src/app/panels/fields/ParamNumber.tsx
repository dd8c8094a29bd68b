import { useId } from 'react';
import { snapToStep, type NumberRule } from './fieldRules';
import { ERROR_TEXT, INPUT, INPUT_INVALID, INPUT_OK, LABEL } from './fieldStyles';
import { useNumberField } from './useNumberField';

type ParamNumberProps = {
  label: string;
  /** Accessible name of the box (and the slider); defaults to the label. */
  name?: string;
  rule: NumberRule;
  value: number;
  onChange: (value: number) => void;
  /** Show a slider next to the box (for bounded ranges). */
  slider?: boolean;
  issue?: string | undefined;
  disabled?: boolean;
  boxWidth?: string;
};

const NUMBER_BOX = 'text-right font-mono tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none';

/** Label, optional slider and a number box in one row; the schema's message under it when invalid. */
export function ParamNumber({ label, name = label, rule, value, onChange, slider = false, issue, disabled, boxWidth = 'w-16' }: ParamNumberProps) {
  const { inputProps, problem } = useNumberField(rule, value, onChange, issue);
  const errorId = useId();
  const hasSlider = slider && rule.min !== undefined && rule.max !== undefined;
  return (
    <div className="py-1">
      <div className="flex items-center gap-2">
        <span className={`${LABEL} w-[92px] shrink-0 truncate`} title={label} aria-hidden>
          {label}
        </span>
        {hasSlider ? (
          <input
            type="range"
            aria-label={name}
            min={rule.min}
            max={rule.max}
            step={rule.step}
            value={Number.isFinite(value) ? value : 0}
            disabled={disabled}
            onChange={(event) => onChange(snapToStep(Number(event.target.value), rule.step))}
            className="studio-range min-w-0 flex-1"
          />
        ) : (
          <span className="flex-1" />
        )}
        <input
          {...inputProps}
          aria-label={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          disabled={disabled}
          className={`${INPUT} ${problem ? INPUT_INVALID : INPUT_OK} ${boxWidth} ${NUMBER_BOX}`}
        />
      </div>
      {problem ? (
        <p id={errorId} className={`${ERROR_TEXT} mt-0.5 pl-[100px]`}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
