/** The drawn track and knob of an on/off switch; the button around it carries role and name. */
export function SwitchTrack({ checked }: { checked: boolean }) {
  return (
    <span aria-hidden className={`relative block h-3.5 w-6 shrink-0 rounded-full transition-colors ${checked ? 'bg-accent-500' : 'bg-ink-600'}`}>
      <span className={`absolute top-0.5 h-2.5 w-2.5 rounded-full bg-white shadow transition-all ${checked ? 'left-3' : 'left-0.5'}`} />
    </span>
  );
}
