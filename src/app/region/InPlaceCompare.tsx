import { useEffect } from 'react';
import { fetchResultBlob } from '../results/resultActions';
import type { SubmittedTask, TaskRegion } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { composeTaskResult } from './acceptResult';
import { getRegionPreview, setRegionPreview, updateRegionPreview, useRegionPreview, type PreviewMode } from './resultPreview';

/** Composes the result into its region and keeps the canvas preview while the viewer shows it. */
function useInPlaceResult(key: string, region: TaskRegion, url: string): void {
  const picture = useStudioStore((s) => s.document.baseImage);
  const edits = useStudioStore((s) => s.document.edits);
  useEffect(() => {
    let cancelled = false;
    // A recomposition (the picture changed under it) keeps how the viewer was looking at it.
    const previous = getRegionPreview();
    const view = previous?.key === key ? { mode: previous.mode, split: previous.split, holding: previous.holding } : { mode: 'result' as const, split: 50, holding: false };
    (async () => {
      const { rect, composed } = await composeTaskResult(region, await fetchResultBlob(url));
      if (cancelled) {
        composed.patch.close();
        composed.changes.close();
        return;
      }
      setRegionPreview({ key, rect, composed, error: null, ...view });
    })().catch((error: Error) => !cancelled && updateRegionPreview(key, { error: error.message }));
    if (previous?.key !== key) setRegionPreview({ key, rect: region.rect, composed: null, error: null, ...view });
    return () => {
      cancelled = true;
    };
  }, [key, region, url, picture, edits]);
  // Closing the viewer (or another result) takes the preview off the canvas.
  useEffect(() => () => setRegionPreview(null), [key]);
}

/**
 * The compare controls of a result shown in place on the canvas: the result in its region,
 * the picture left of the compare slider, hold to see the picture, or the changed pixels.
 */
export function InPlaceCompare({ task, url, index, mode, holding }: { task: SubmittedTask & { region: TaskRegion }; url: string; index: number; mode: PreviewMode; holding: boolean }) {
  const key = `${task.taskUid}:${index}`;
  useInPlaceResult(key, task.region, url);
  const preview = useRegionPreview();
  const current = preview?.key === key ? preview : null;
  useEffect(() => updateRegionPreview(key, { mode, holding }), [key, mode, holding, current?.composed]);
  const share = current?.composed ? (current.composed.changedShare * 100).toFixed(1) : null;
  return (
    <div className="pointer-events-none relative min-h-0 flex-1">
      {!current?.composed && !current?.error ? (
        <p role="status" className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">
          Putting the result into the picture…
        </p>
      ) : null}
      {current?.error ? (
        <p role="alert" className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-danger-500">
          {current.error}
        </p>
      ) : null}
      {mode === 'changes' && share !== null && !holding ? (
        <p data-testid="changed-share" className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">
          {share} % of the region's pixels changed
        </p>
      ) : null}
      {holding ? <p className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">Picture</p> : null}
      <figure className="absolute right-3 top-3 flex flex-col items-end gap-1 rounded bg-black/70 p-1.5 text-[10px] text-ink-300">
        <img src={url} alt="Result" className="max-h-24 max-w-40 rounded-sm object-contain" />
        <figcaption className="font-mono">
          as generated, {task.region.generated.width} × {task.region.generated.height} → region {task.region.rect.width} × {task.region.rect.height}
        </figcaption>
      </figure>
      {mode === 'slider' && !holding ? (
        <input
          type="range"
          aria-label="Compare position"
          min={0}
          max={100}
          value={current?.split ?? 50}
          onChange={(event) => updateRegionPreview(key, { split: Number(event.target.value) })}
          className="pointer-events-auto absolute inset-x-6 bottom-4 accent-accent-500"
        />
      ) : null}
    </div>
  );
}
