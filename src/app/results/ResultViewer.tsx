import { useEffect, useState } from 'react';
import { HoldButton } from '../canvas/ui/HoldButton';
import { getAsset } from '../canvas/assets';
import { useStudioStore } from '../store/studioStore';
import { InPlaceCompare } from '../region/InPlaceCompare';
import { CompareView, type CompareMode } from './CompareView';
import { ResultActions } from './ResultActions';
import { MASK_TOOLS } from '../store/editorTypes';
import { useTaskDetail } from './taskQueries';
import { showVariants, useVariantsShown } from './variantGrid';
import { VariantGrid } from './VariantGrid';
import { variantRelation, variantSeed, variantSeedLabel } from './variantSeeds';
import { showNotice } from '../canvas/ui/notice';
import { acceptStagedVariant, isStagingKey } from './stagedVariant';

const MODES: [CompareMode, string][] = [
  ['result', 'Result'],
  ['slider', 'Compare slider'],
  ['changes', 'Changes'],
];

/** The large view of one result (or of a run's variants side by side) over the canvas. */
export function ResultViewer() {
  const gridTask = useVariantsShown();
  return gridTask ? <VariantGrid taskUid={gridTask} /> : <SingleResult />;
}

/** One result: compare with the input, then act on it. */
function SingleResult() {
  const selected = useStudioStore((s) => s.selectedResult);
  const task = useStudioStore((s) => s.tasks.find((t) => t.taskUid === selected?.taskUid));
  const select = useStudioStore((s) => s.resultSelected);
  const detail = useTaskDetail(selected?.taskUid ?? '');
  const [mode, setMode] = useState<CompareMode>('result');
  const [holding, setHolding] = useState(false);

  const images = detail?.ImgList ?? [];
  const count = images.length;
  const staged = task?.region !== undefined;

  // Staged in place: ←/→ cycle the run's variants, Enter accepts the one shown, Esc discards.
  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isStagingKey(event)) return;
      if (event.key === 'Escape') select(null);
      else if (event.key === 'Enter' && staged) {
        acceptStagedVariant(selected.taskUid, selected.index, variantSeed(detail, selected.index)).then(
          () => select(null),
          (error: Error) => showNotice(error.message),
        );
      } else if (event.key !== 'Enter' && count > 1) {
        select({ taskUid: selected.taskUid, index: (selected.index + (event.key === 'ArrowLeft' ? -1 : 1) + count) % count });
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select, staged, count, detail]);

  // A run staged in place leaves the canvas editable; a full-size viewer would swallow strokes, so it closes.
  useEffect(
    () => useStudioStore.subscribe((state, previous) => state.tool !== previous.tool && MASK_TOOLS.includes(state.tool) && state.selectedResult !== null && !state.tasks.find((t) => t.taskUid === state.selectedResult?.taskUid)?.region && select(null)),
    [select],
  );

  const url = selected ? images[selected.index] : undefined;
  if (!selected || !task || !url) return null;
  const inputUrl = task.inputAssetId ? getAsset(task.inputAssetId)?.url : undefined;
  const go = (delta: number) => select({ taskUid: selected.taskUid, index: (selected.index + delta + images.length) % images.length });
  const variant = variantSeed(detail, selected.index);
  // A result of a region is shown in place on the canvas: the viewer keeps only its two bars.
  const region = task.region;
  const bar = region ? 'pointer-events-auto bg-ink-950/95' : '';

  return (
    <div role="dialog" aria-label="Result viewer" className={`absolute inset-0 z-20 flex flex-col ${region ? 'pointer-events-none' : 'bg-ink-950/95'}`}>
      <div className={`flex flex-wrap items-center gap-2 border-b border-ink-800 px-3 py-2 ${bar}`}>
        <div role="group" aria-label="View" className="flex rounded border border-ink-700">
          {MODES.map(([value, label]) => (
            <button key={value} type="button" aria-pressed={mode === value} disabled={value !== 'result' && !inputUrl} onClick={() => setMode(value)} className={`px-2 py-1 text-xs disabled:opacity-40 ${mode === value ? 'bg-ink-700 text-ink-200' : 'text-ink-400 hover:text-ink-200'}`}>
              {label}
            </button>
          ))}
        </div>
        <HoldButton disabled={!inputUrl} onHold={setHolding}>
          Hold to compare
        </HoldButton>
        {images.length > 1 && (
          <span className="flex items-center gap-1 text-xs text-ink-400">
            <button type="button" aria-label="Previous result" onClick={() => go(-1)} className="rounded px-1.5 hover:bg-ink-800">‹</button>
            {selected.index + 1} / {images.length}
            <button type="button" aria-label="Next result" onClick={() => go(1)} className="rounded px-1.5 hover:bg-ink-800">›</button>
            <button type="button" onClick={() => showVariants(selected.taskUid)} className="ml-1 rounded border border-ink-700 px-2 py-1 text-ink-300 hover:bg-ink-800">
              All variants
            </button>
          </span>
        )}
        <span className="text-xs text-ink-400" title={variantRelation(variant)} data-testid="viewer-seed">
          {variantSeedLabel(variant)}
        </span>
        {region ? <span className="text-[11px] text-ink-500">{images.length > 1 ? '← → variants · ' : ''}Enter accept · Esc discard</span> : null}
        <div className="ml-auto">
          {region ? (
            <button type="button" title="Take the staged variants off the canvas (Esc); the run stays in the tray" onClick={() => select(null)} className="rounded px-2 py-1 text-xs text-ink-300 hover:bg-ink-800">
              Discard
            </button>
          ) : (
            <button type="button" aria-label="Close result viewer" onClick={() => select(null)} className="rounded px-2 py-1 text-xs text-ink-300 hover:bg-ink-800">
              Close
            </button>
          )}
        </div>
      </div>
      {region ? (
        <InPlaceCompare task={{ ...task, region }} url={url} index={selected.index} mode={mode} holding={holding} />
      ) : (
        <CompareView resultUrl={url} inputUrl={inputUrl} mode={mode} holding={holding} />
      )}
      <div className={`border-t border-ink-800 px-3 py-2 ${bar}`}>
        <p className="pb-1 text-[11px] text-ink-500">{variantRelation(variant)}</p>
        <ResultActions url={url} taskUid={selected.taskUid} index={selected.index} variant={variant} />
      </div>
    </div>
  );
}
