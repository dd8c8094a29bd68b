import { useMasks } from '../../store/documentHooks';
import { useActiveMaskId, useMaskColor, useMaskOpacity, useMaskVisible } from '../../store/editorHooks';
import { useStudioStore } from '../../store/studioStore';
import { clearMask, invertMask } from '../commands/maskEdits';
import { IconButton } from './IconButton';
import { ClearIcon, EyeIcon, EyeOffIcon, InvertIcon } from './icons';
import { maskLabel } from './maskLabel';
import { SliderField } from './SliderField';

/** Overlay look and whole-mask actions for the active mask. */
export function MaskOptions() {
  const color = useMaskColor();
  const opacity = useMaskOpacity();
  const visible = useMaskVisible();
  const activeMaskId = useActiveMaskId();
  const masks = useMasks();
  const maskList = Object.keys(masks);
  const state = useStudioStore.getState;
  return (
    <div className="flex items-center gap-2">
      {maskList.length > 1 ? (
        <select
          aria-label="Active mask"
          value={activeMaskId}
          onChange={(event) => state().activeMaskChosen(event.target.value)}
          className="h-6 rounded border border-ink-700 bg-ink-950 px-1 text-[11px] text-ink-200"
        >
          {maskList.map((id) => (
            <option key={id} value={id}>
              {maskLabel(id)}
            </option>
          ))}
        </select>
      ) : null}
      <label className="relative h-5 w-5 cursor-pointer overflow-hidden rounded border border-ink-600" title="Mask overlay colour">
        <span className="absolute inset-0" style={{ background: color }} aria-hidden />
        <input
          type="color"
          aria-label="Mask colour"
          value={color}
          onChange={(event) => state().maskColorChanged(event.target.value)}
          className="absolute inset-0 cursor-pointer opacity-0"
        />
      </label>
      <SliderField
        label="Overlay"
        name="Mask opacity"
        value={Math.round(opacity * 100)}
        min={0}
        max={100}
        suffix="%"
        sliderWidth="w-16"
        onChange={(percent) => state().maskOpacityChanged(percent / 100)}
      />
      <IconButton label="Show mask" title="Show mask" pressed={visible} onClick={() => state().maskVisibilityChanged(!visible)}>
        {visible ? <EyeIcon /> : <EyeOffIcon />}
      </IconButton>
      <IconButton label="Invert painted mask" title="Invert painted mask (Ctrl+I): painted becomes unpainted and the rest painted" onClick={() => invertMask(activeMaskId)}>
        <InvertIcon />
      </IconButton>
      <IconButton label="Clear mask" title="Clear mask (Delete)" onClick={() => clearMask(activeMaskId)}>
        <ClearIcon />
      </IconButton>
    </div>
  );
}
