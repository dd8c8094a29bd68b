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
      className={`relative h-3.5 w-6 shrink-0 rounded-full transition-colors ${checked ? 'bg-accent-500' : 'bg-ink-600'}`}
    >
      <span className={`absolute top-0.5 h-2.5 w-2.5 rounded-full bg-white shadow transition-all ${checked ? 'left-3' : 'left-0.5'}`} />
    </button>
  );
}
