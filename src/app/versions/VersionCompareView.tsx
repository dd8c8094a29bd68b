import { useEffect, useMemo, useRef, useState } from 'react';
import { useStudioStore } from '../store/studioStore';
import { renderVersion } from './renderVersion';
import { compareVersions, useComparedVersions } from './versionCompare';
import { documentAt, versionLabel } from './versionTree';

const SIDE = 1600;
type Mode = 'slider' | 'changes';

/** Pixels that differ between the two renders, marked red over a dimmed `after`; returns the changed share. */
function drawChanges(target: HTMLCanvasElement, before: HTMLCanvasElement, after: HTMLCanvasElement): number {
  const ctx = target.getContext('2d');
  const a = before.getContext('2d')?.getImageData(0, 0, before.width, before.height).data;
  const b = after.getContext('2d')?.getImageData(0, 0, after.width, after.height).data;
  if (!ctx || !a || !b || a.length !== b.length) return 0;
  const out = ctx.createImageData(after.width, after.height);
  let changed = 0;
  for (let i = 0; i < b.length; i += 4) {
    const diff = Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) + Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0));
    const hit = diff > 24;
    if (hit) changed += 1;
    out.data[i] = hit ? 255 : (b[i] ?? 0) * 0.35;
    out.data[i + 1] = hit ? 40 : (b[i + 1] ?? 0) * 0.35;
    out.data[i + 2] = hit ? 80 : (b[i + 2] ?? 0) * 0.35;
    out.data[i + 3] = 255;
  }
  ctx.putImageData(out, 0, 0);
  return changed / (b.length / 4);
}

/** Two versions over the canvas: a compare slider (before left, after right) or their changed pixels. */
export function VersionCompareView() {
  const pair = useComparedVersions();
  const tree = useStudioStore((s) => s.versionTree);
  const [mode, setMode] = useState<Mode>('slider');
  const [split, setSplit] = useState(50);
  const [share, setShare] = useState<number | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renders = useMemo(() => {
    if (!pair || !tree.versions[pair.before] || !tree.versions[pair.after]) return null;
    const masks = useStudioStore.getState().document.masks;
    return { before: renderVersion(documentAt(tree, pair.before, masks), SIDE), after: renderVersion(documentAt(tree, pair.after, masks), SIDE) };
  }, [pair, tree]);
  useEffect(() => {
    if (!pair) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && compareVersions(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pair]);
  // One canvas for both views: `after` whole and `before` left of the split, or the changed pixels.
  useEffect(() => {
    const target = canvasRef.current;
    const ctx = target?.getContext('2d');
    if (!renders || !target || !ctx) return;
    const { before, after } = renders;
    target.width = after.width;
    target.height = after.height;
    if (mode === 'changes') return setShare(drawChanges(target, before, after));
    ctx.drawImage(after, 0, 0);
    const x = Math.round((after.width * split) / 100);
    ctx.drawImage(before, 0, 0, x, before.height, 0, 0, x, before.height);
    ctx.fillStyle = '#4f8cff';
    ctx.fillRect(x - 1, 0, 2, after.height);
  }, [mode, renders, split]);
  if (!pair || !renders) return null;
  const before = tree.versions[pair.before];
  const after = tree.versions[pair.after];
  if (!before || !after) return null;
  return (
    <div role="dialog" aria-label="Compare versions" className="absolute inset-0 z-30 flex flex-col bg-ink-950/95">
      <div className="flex flex-wrap items-center gap-2 border-b border-ink-800 px-3 py-2 text-xs text-ink-300">
        <span className="text-ink-400">Left:</span> <span data-testid="compare-before">{versionLabel(before)}</span>
        <span className="text-ink-400">Right:</span> <span data-testid="compare-after">{versionLabel(after)}</span>
        <div role="group" aria-label="Compare view" className="ml-2 flex rounded border border-ink-700">
          {(['slider', 'changes'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)} className={`px-2 py-1 ${mode === value ? 'bg-ink-700 text-ink-200' : 'text-ink-400 hover:text-ink-200'}`}>
              {value === 'slider' ? 'Slider' : 'Changes'}
            </button>
          ))}
        </div>
        {mode === 'changes' && share !== null ? <span data-testid="versions-changed-share">{(share * 100).toFixed(2)} % of the pixels differ</span> : null}
        <button type="button" aria-label="Close version compare" onClick={() => compareVersions(null)} className="ml-auto rounded px-2 py-1 hover:bg-ink-800">
          Close
        </button>
      </div>
      <div className="flex min-h-0 flex-1 items-center justify-center p-4">
        <canvas
          ref={canvasRef}
          aria-label={mode === 'slider' ? `${versionLabel(before)} left of the slider, ${versionLabel(after)} right` : 'Changed pixels between the versions'}
          className="max-h-full max-w-full object-contain"
        />
      </div>
      {mode === 'slider' ? (
        <input type="range" aria-label="Version compare position" min={0} max={100} value={split} onChange={(event) => setSplit(Number(event.target.value))} className="mx-6 mb-4 accent-accent-500" />
      ) : null}
    </div>
  );
}
