import { useState } from 'react';
import { DOCUMENT_LIMITS_TEXT } from './acceptedPictures';
import { useDocumentHeight, useDocumentWidth } from '../../store/documentHooks';
import { CENTER_ANCHOR, DOCUMENT_MAX_SIZE, DOCUMENT_MIN_SIZE, type Anchor } from '../../store/documentTypes';
import { resizeCanvas } from '../commands/documentCommands';
import { extendByPercent, SIZE_PRESETS, sizeLabel } from '../geometry/documentSize';
import { AnchorGrid } from './AnchorGrid';
import { ExpandIcon } from './icons';
import { NumberField } from './NumberField';
import { usePopover } from './usePopover';
import { SizePreview } from './SizePreview';

const chip =
  'h-6 rounded border border-ink-700 bg-ink-950 px-2 text-[11px] text-ink-300 hover:border-ink-500 hover:text-ink-200 aria-pressed:border-accent-500 aria-pressed:text-accent-400';

const sameSize = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  a.width === b.width && a.height === b.height;

function CanvasSizeForm({ onDone }: { onDone: () => void }) {
  const width = useDocumentWidth();
  const height = useDocumentHeight();
  const [draft, setDraft] = useState({ width, height });
  const [anchor, setAnchor] = useState<Anchor>(CENTER_ANCHOR);
  const changed = draft.width !== width || draft.height !== height;
  const grows = draft.width >= width && draft.height >= height;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        resizeCanvas(draft.width, draft.height, anchor);
        onDone();
      }}
    >
      <div className="flex items-baseline justify-between">
        <h2 className="text-xs font-semibold text-ink-200">Canvas size</h2>
        <span className="font-mono text-[11px] text-ink-400">
          {sizeLabel({ width, height })} → <span className={changed ? 'text-accent-400' : ''}>{sizeLabel(draft)}</span>
        </span>
      </div>
      <div className="flex gap-1.5">
        <button
          type="button"
          className={chip}
          aria-pressed={sameSize(draft, extendByPercent({ width, height }, 25))}
          onClick={() => setDraft(extendByPercent({ width, height }, 25))}
        >
          +25 %
        </button>
        <button
          type="button"
          className={chip}
          aria-pressed={sameSize(draft, extendByPercent({ width, height }, 50))}
          onClick={() => setDraft(extendByPercent({ width, height }, 50))}
        >
          +50 %
        </button>
      </div>
      <div className="flex flex-wrap gap-1.5" role="group" aria-label="Size presets">
        {SIZE_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            aria-label={`Preset ${preset.label}`}
            aria-pressed={sameSize(draft, preset)}
            className={chip}
            onClick={() => setDraft({ width: preset.width, height: preset.height })}
          >
            {preset.width === preset.height ? `${preset.width}²` : `${preset.width}×${preset.height}`}
          </button>
        ))}
      </div>
      <div className="flex items-start gap-4">
        <div className="space-y-2">
          <label className="flex items-center justify-between gap-2 text-[11px] text-ink-400">
            Width
            <NumberField label="Canvas width" value={draft.width} min={DOCUMENT_MIN_SIZE} max={DOCUMENT_MAX_SIZE} suffix="px" width="w-20" onCommit={(w) => setDraft((d) => ({ ...d, width: Math.round(w) }))} />
          </label>
          <label className="flex items-center justify-between gap-2 text-[11px] text-ink-400">
            Height
            <NumberField label="Canvas height" value={draft.height} min={DOCUMENT_MIN_SIZE} max={DOCUMENT_MAX_SIZE} suffix="px" width="w-20" onCommit={(h) => setDraft((d) => ({ ...d, height: Math.round(h) }))} />
          </label>
          <p className="text-[10px] leading-tight text-ink-500">{DOCUMENT_LIMITS_TEXT}</p>
        </div>
        <div className="space-y-1">
          <span className="block text-[11px] text-ink-400">Anchor</span>
          <AnchorGrid value={anchor} onChange={setAnchor} />
        </div>
        <SizePreview from={{ width, height }} to={draft} anchor={anchor} />
      </div>
      <p className="text-[11px] text-ink-500">
        {grows ? 'New area is transparent and joins the mask when you outpaint.' : 'Shrinking crops the canvas around the anchor.'}
      </p>
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onDone} className="h-7 rounded px-3 text-xs text-ink-300 hover:bg-ink-700">
          Cancel
        </button>
        <button type="submit" disabled={!changed} className="h-7 rounded bg-accent-500 px-3 text-xs font-medium text-white hover:bg-accent-600 disabled:opacity-40">
          Apply
        </button>
      </div>
    </form>
  );
}

/** "Extend canvas": presets, +25 % / +50 %, exact sizes and the anchor, applied as one undo step. */
export function CanvasSizePopover() {
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
        className="flex h-7 items-center gap-1.5 rounded-md px-2 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200 aria-expanded:bg-ink-700"
      >
        <ExpandIcon />
        Extend canvas
      </button>
      {open ? (
        <div role="dialog" aria-label="Extend canvas" className="absolute right-0 top-9 z-30 w-[380px] rounded-lg border border-ink-700 bg-ink-850 p-3.5 shadow-2xl shadow-black/50">
          <CanvasSizeForm onDone={() => setOpen(false)} />
        </div>
      ) : null}
    </div>
  );
}
