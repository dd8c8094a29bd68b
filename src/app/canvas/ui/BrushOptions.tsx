import { useBrushHardness, useBrushSize, usePaintMode, useTool } from '../../store/editorHooks';
import { BRUSH_SIZE_MAX, BRUSH_SIZE_MIN } from '../../store/editorTypes';
import { useStudioStore } from '../../store/studioStore';
import { SliderField } from './SliderField';

/** Paint / Erase as a two-button segmented control. */
export function PaintModeToggle() {
  const mode = usePaintMode();
  const choose = useStudioStore((s) => s.paintModeChanged);
  const item = (value: 'paint' | 'erase', label: string) => (
    <button
      type="button"
      aria-pressed={mode === value}
      onClick={() => choose(value)}
      className={`h-6 px-2.5 text-[11px] font-medium transition-colors ${
        mode === value ? 'bg-ink-600 text-ink-200 shadow-inner' : 'text-ink-400 hover:text-ink-200'
      }`}
    >
      {label}
    </button>
  );
  return (
    <div role="group" aria-label="Mask mode" title="Swap with X" className="flex overflow-hidden rounded-md border border-ink-700 bg-ink-950">
      {item('paint', 'Paint mask')}
      {item('erase', 'Erase mask')}
    </div>
  );
}

/** Size on a logarithmic slider so 1–20 px is as easy to hit as 200–1000 px. */
export function BrushOptions() {
  const size = useBrushSize();
  const hardness = useBrushHardness();
  const tool = useTool();
  const { brushSizeChanged, brushHardnessChanged } = useStudioStore.getState();
  return (
    <>
      <SliderField
        label="Size"
        name="Brush size"
        value={size}
        min={BRUSH_SIZE_MIN}
        max={BRUSH_SIZE_MAX}
        suffix="px"
        toSlider={Math.log}
        fromSlider={(p) => Math.round(Math.exp(p))}
        onChange={brushSizeChanged}
      />
      <SliderField
        label="Hardness"
        name="Brush hardness"
        value={Math.round(hardness * 100)}
        min={0}
        max={100}
        suffix="%"
        sliderWidth="w-20"
        onChange={(percent) => brushHardnessChanged(percent / 100)}
      />
      {tool === 'brush' ? <PaintModeToggle /> : null}
    </>
  );
}
