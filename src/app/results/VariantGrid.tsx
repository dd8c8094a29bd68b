import { useEffect, useState } from 'react';
import { useStudioStore } from '../store/studioStore';
import { useTaskDetail } from './taskQueries';
import { downloadContactSheet } from './contactSheet';
import { showVariants } from './variantGrid';
import { reuseSeedLabel, reuseSeedPatch, variantRelation, variantSeed, variantSeedLabel } from './variantSeeds';

/** Every variant of one run side by side, each with its seed: pick one to open or to reproduce. */
export function VariantGrid({ taskUid }: { taskUid: string }) {
  const detail = useTaskDetail(taskUid);
  const select = useStudioStore((s) => s.resultSelected);
  const editParams = useStudioStore((s) => s.paramsEdited);
  const images = detail?.ImgList ?? [];
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && showVariants(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const columns = Math.ceil(Math.sqrt(images.length));
  const first = variantSeed(detail, 0);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const downloadSheet = () => {
    setSheetError(null);
    const labels = images.map((_, index) => variantSeedLabel(variantSeed(detail, index)));
    downloadContactSheet(images, labels, `picpik-${taskUid}-contact-sheet.png`).catch((error: Error) => setSheetError(error.message));
  };
  return (
    <div role="dialog" aria-label={`Variants of task ${taskUid}`} className="absolute inset-0 z-20 flex flex-col bg-ink-950/95">
      <div className="flex items-center gap-3 border-b border-ink-800 px-3 py-2 text-xs text-ink-300">
        <span className="font-medium text-ink-200">{images.length} variants</span>
        <span className="min-w-0 flex-1 truncate text-ink-400">
          {first.kind === 'own' ? `Variant i used seed ${first.runSeed} + (i − 1): each one is reproduced by its own seed.` : first.kind === 'run' ? variantRelation(first) : ''}
        </span>
        {sheetError ? <span role="alert" className="text-danger-500">{sheetError}</span> : null}
        <button type="button" onClick={downloadSheet} className="rounded border border-ink-700 px-2 py-1 hover:bg-ink-800">
          Download contact sheet
        </button>
        <button type="button" aria-label="Close variants" onClick={() => showVariants(null)} className="rounded px-2 py-1 hover:bg-ink-800">
          Close
        </button>
      </div>
      <ul className="grid min-h-0 flex-1 gap-2 overflow-auto p-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {images.map((url, index) => {
          const variant = variantSeed(detail, index);
          const patch = reuseSeedPatch(variant);
          return (
            <li key={url + index} aria-label={`Variant ${index + 1}`} className="flex min-h-0 flex-col gap-1 rounded border border-ink-800 bg-ink-900 p-1.5">
              <button
                type="button"
                aria-label={`Open variant ${index + 1}`}
                onClick={() => {
                  showVariants(null);
                  select({ taskUid, index });
                }}
                className="min-h-0 flex-1 overflow-hidden rounded bg-[conic-gradient(#1b1d21_25%,#222429_0_50%,#1b1d21_0_75%,#222429_0)] bg-[length:16px_16px]"
              >
                <img src={url} alt={`Variant ${index + 1}`} className="h-full w-full object-contain" />
              </button>
              <div className="flex items-center gap-2 text-[11px] text-ink-400">
                <span>#{index + 1}</span>
                <span data-testid="variant-seed">{variantSeedLabel(variant)}</span>
                {patch ? (
                  <button type="button" onClick={() => editParams(patch)} className="ml-auto rounded px-1.5 py-0.5 text-ink-300 hover:bg-ink-700">
                    {reuseSeedLabel(variant)}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
