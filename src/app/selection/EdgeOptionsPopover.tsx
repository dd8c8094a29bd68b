import { useLayoutEffect, useRef, useState } from 'react';
import { HAIR_OPTIMIZATION_MODES, type HairOptimization } from '../../picpik/enums';
import { NumberField } from '../canvas/ui/NumberField';
import { usePopover } from '../canvas/ui/usePopover';
import { useStudioStore } from '../store/studioStore';
import { DEFAULT_EDGE_OPTIONS, EDGE_RANGES } from './edgeOptions';
import { EdgeOptionsIcon } from './selectionIcons';

const FIELDS = [
  { key: 'erodeSize', label: 'Erode size', hint: 'Pixels taken off the edge' },
  { key: 'foregroundThreshold', label: 'Foreground threshold', hint: 'Above it a pixel is surely the subject' },
  { key: 'backgroundThreshold', label: 'Background threshold', hint: 'Below it a pixel is surely background' },
] as const;

const POPOVER_WIDTH = 288;

const HAIR_LABELS: Record<HairOptimization, string> = { auto: 'Auto', on: 'On', off: 'Off' };

/** The edge settings Select subject, Select object and Remove background send (PICPIK's documented ranges). */
export function EdgeOptionsPopover() {
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState({ top: 0, left: 0 });
  // Fixed, so the options bar's scrolling does not clip it; kept inside the window.
  useLayoutEffect(() => {
    const rect = buttonRef.current?.getBoundingClientRect();
    if (open && rect) setAt({ top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - POPOVER_WIDTH - 8)) });
  }, [open]);
  const options = useStudioStore((s) => s.edgeOptions);
  const change = useStudioStore((s) => s.edgeOptionsChanged);
  return (
    <div ref={ref} className="relative shrink-0">
      <button
        ref={buttonRef}
        type="button"
        aria-label="Edge options"
        title="Edge options: erode size, thresholds, hair optimization"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex h-7 w-7 items-center justify-center rounded-md text-ink-300 hover:bg-ink-700 aria-expanded:bg-ink-700"
      >
        <EdgeOptionsIcon />
      </button>
      {open ? (
        <div role="dialog" aria-label="Edge options" style={{ ...at, width: POPOVER_WIDTH }} className="fixed z-40 rounded-lg border border-ink-700 bg-ink-850 p-3 shadow-2xl shadow-black/50">
          <div className="flex flex-col gap-2">
            {FIELDS.map((field) => (
              <label key={field.key} className="flex items-center justify-between gap-2 text-[11px] text-ink-300" title={field.hint}>
                <span>
                  {field.label} <span className="text-ink-500">({EDGE_RANGES[field.key].min}–{EDGE_RANGES[field.key].max})</span>
                </span>
                <NumberField
                  label={field.label}
                  value={options[field.key]}
                  min={EDGE_RANGES[field.key].min}
                  max={EDGE_RANGES[field.key].max}
                  onCommit={(value) => change({ [field.key]: value })}
                />
              </label>
            ))}
            <label className="flex items-center justify-between gap-2 text-[11px] text-ink-300">
              <span>Hair optimization</span>
              <select
                aria-label="Hair optimization"
                value={options.hairOptimization}
                onChange={(event) => change({ hairOptimization: event.target.value as HairOptimization })}
                className="h-6 rounded border border-ink-700 bg-ink-950 px-1 text-[11px] text-ink-200"
              >
                {HAIR_OPTIMIZATION_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {HAIR_LABELS[mode]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => change(DEFAULT_EDGE_OPTIONS)} className="self-end rounded px-2 py-1 text-[11px] text-ink-300 hover:bg-ink-700">
              Reset to defaults
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
