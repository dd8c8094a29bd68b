import { SwitchTrack } from './SwitchTrack';

type MiniSwitchProps = {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** The bare on/off switch used in list headers (a sub-model, a ControlNet unit). */
export function MiniSwitch({ name, checked, onChange }: MiniSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={name}
      title={name}
      onClick={() => onChange(!checked)}
      className="shrink-0"
    >
      <SwitchTrack checked={checked} />
    </button>
  );
}
