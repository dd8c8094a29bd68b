import { NumberField } from './NumberField';

type SliderFieldProps = {
  label: string;
  /** Accessible name of the slider; the number box gets "<name> value". */
  name: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
  /** Slider position ↔ value, for sizes where a linear slider is useless at the small end. */
  toSlider?: (value: number) => number;
  fromSlider?: (position: number) => number;
  sliderWidth?: string;
  onChange: (value: number) => void;
};

/** Label, slider and number box in one row, the way editors' option bars show them. */
export function SliderField({
  label,
  name,
  value,
  min,
  max,
  step = 1,
  suffix,
  toSlider = (v) => v,
  fromSlider = (p) => p,
  sliderWidth = 'w-24',
  onChange,
}: SliderFieldProps) {
  return (
    <div className="flex items-center gap-2">
      <span className="text-[11px] text-ink-400" aria-hidden>
        {label}
      </span>
      <input
        type="range"
        aria-label={name}
        min={toSlider(min)}
        max={toSlider(max)}
        step="any"
        value={toSlider(value)}
        onChange={(event) => onChange(fromSlider(Number(event.target.value)))}
        className={`studio-range ${sliderWidth}`}
      />
      <NumberField label={`${name} value`} value={value} min={min} max={max} step={step} suffix={suffix} onCommit={onChange} />
    </div>
  );
}
