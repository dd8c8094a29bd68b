import { NumberField } from '../canvas/ui/NumberField';
import { useRegionSettings } from '../store/documentHooks';
import { GENERATION_RESOLUTIONS, type GenerationResolution } from '../store/documentTypes';
import { useGenerationRegion } from './currentRegion';
import { resolutionLabel } from './generationSize';
import { applyRegionAspect, fitRegionToMask, setContextPadding, setGenerationResolution } from './regionCommands';
import { ASPECT_PRESETS, MAX_CONTEXT_PADDING } from './regionGeometry';

const chip = 'h-6 rounded border border-ink-700 bg-ink-950 px-2 text-[11px] text-ink-300 hover:border-ink-500 hover:text-ink-200 disabled:opacity-40';

/** The Region tool's options: aspect presets, Fit to mask, context padding, generation resolution. */
export function RegionOptions() {
  const settings = useRegionSettings();
  const region = useGenerationRegion();
  return (
    <>
      <div role="group" aria-label="Region aspect" className="flex items-center gap-1">
        {ASPECT_PRESETS.map((preset) => (
          <button key={preset.label} type="button" className={chip} aria-label={`Region aspect ${preset.label}`} onClick={() => applyRegionAspect(preset.ratio)}>
            {preset.label}
          </button>
        ))}
      </div>
      <button type="button" className={chip} disabled={!settings.frame} title="Back to the automatic frame: the masks' bounding box plus the padding" onClick={fitRegionToMask}>
        Fit to mask
      </button>
      <label className="flex items-center gap-1.5 text-[11px] text-ink-400">
        Padding
        <NumberField label="Context padding" value={settings.padding} min={0} max={MAX_CONTEXT_PADDING} suffix="px" width="w-16" onCommit={setContextPadding} />
      </label>
      <label className="flex items-center gap-1.5 text-[11px] text-ink-400">
        Generate at
        <select
          aria-label="Generation resolution"
          value={String(settings.resolution)}
          onChange={(event) => setGenerationResolution(GENERATION_RESOLUTIONS.find((r) => String(r) === event.target.value) as GenerationResolution)}
          className="h-6 rounded border border-ink-700 bg-ink-950 px-1 text-[11px] text-ink-200"
        >
          {GENERATION_RESOLUTIONS.map((resolution) => (
            <option key={resolution} value={String(resolution)}>
              {resolutionLabel(resolution)}
            </option>
          ))}
        </select>
      </label>
      <span className="shrink-0 font-mono text-[11px] text-ink-400">
        {region.source === 'frame' ? 'drawn' : region.source === 'masks' ? 'follows the masks' : 'whole picture'}
      </span>
    </>
  );
}
