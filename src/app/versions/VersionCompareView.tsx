import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { HoldButton } from '../canvas/ui/HoldButton';
import { viewport } from '../canvas/viewport/viewport';
import { useStudioStore } from '../store/studioStore';
import { renderVersion } from './renderVersion';
import { compareVersions, useComparedVersions } from './versionCompare';
import { documentAt, versionLabel, type Version } from './versionTree';

const SIDE = 1600;
type Mode = 'slider' | 'changes';

/**
 * Pixels that differ between the two renders, marked red over a dimmed `after`; returns how many.
 * Both renders come from the same exact assets, so any difference is a real change (no threshold).
 */
function drawChanges(target: HTMLCanvasElement, before: HTMLCanvasElement, after: HTMLCanvasElement): number {
  const ctx = target.getContext('2d');
  const a = before.getContext('2d')?.getImageData(0, 0, before.width, before.height).data;
  const b = after.getContext('2d')?.getImageData(0, 0, after.width, after.height).data;
  if (!ctx || !a || !b || a.length !== b.length) return 0;
  const out = ctx.createImageData(after.width, after.height);
  let changed = 0;
  for (let i = 0; i < b.length; i += 4) {
    const diff = Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) + Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0));
    const hit = diff > 0;
    if (hit) changed += 1;
    out.data[i] = hit ? 255 : (b[i] ?? 0) * 0.35;
    out.data[i + 1] = hit ? 40 : (b[i + 1] ?? 0) * 0.35;
    out.data[i + 2] = hit ? 80 : (b[i + 2] ?? 0) * 0.35;
    out.data[i + 3] = 255;
  }
  ctx.putImageData(out, 0, 0);
  return changed;
}

/** "0.42 %", or "< 0.01 %" for a few pixels, so a real change never reads as 0. */
function changeShare(share: number): string {
  return share > 0 && share < 0.0001 ? '< 0.01 %' : `${(share * 100).toFixed(2)} %`;
}

/** Which version a side of the compare shows: any version of the tree. */
function VersionPicker({ label, value, versions, onChange }: { label: string; value: string; versions: Record<string, Version>; onChange: (id: string) => void }) {
  const all = Object.values(versions).sort((a, b) => a.number - b.number);
  return (
    <label className="flex items-center gap-1">
      <span className="text-ink-400">{label.split(' ')[0]}:</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} className="max-w-[16rem] rounded border border-ink-700 bg-ink-850 px-1 py-0.5 text-ink-200">
        {all.map((version) => (
          <option key={version.id} value={version.id}>
            {versionLabel(version)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two versions over the canvas: a compare slider (before left, after right) or their changed pixels. */
export function VersionCompareView() {
  const pair = useComparedVersions();
  const tree = useStudioStore((s) => s.versionTree);
  const [mode, setMode] = useState<Mode>('slider');
  const [split, setSplit] = useState(50);
  const [holding, setHolding] = useState(false);
  const [changed, setChanged] = useState<{ pixels: number; share: number } | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const view = useSyncExternalStore(viewport.subscribe, viewport.get);
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
  // The overlay takes the pointer (no painting unseen under it) but the wheel still zooms.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onWheel = (event: WheelEvent) => viewport.wheel(event, root.getBoundingClientRect());
    root.addEventListener('wheel', onWheel, { passive: false });
    return () => root.removeEventListener('wheel', onWheel);
  }, [pair, renders]);
  // One canvas for both views: `after` whole and `before` left of the split, or the changed pixels.
  useEffect(() => {
    const target = canvasRef.current;
    const ctx = target?.getContext('2d');
    if (!renders || !target || !ctx) return;
    const { before, after } = renders;
    target.width = after.width;
    target.height = after.height;
    if (holding) return ctx.drawImage(before, 0, 0);
    if (mode === 'changes') {
      const pixels = drawChanges(target, before, after);
      return setChanged({ pixels, share: pixels / (after.width * after.height) });
    }
    ctx.drawImage(after, 0, 0);
    const x = Math.round((after.width * split) / 100);
    ctx.drawImage(before, 0, 0, x, before.height, 0, 0, x, before.height);
    ctx.fillStyle = '#4f8cff';
    ctx.fillRect(x - 1, 0, 2, after.height);
  }, [holding, mode, renders, split]);
  if (!pair || !renders) return null;
  const before = tree.versions[pair.before];
  const after = tree.versions[pair.after];
  if (!before || !after) return null;
  const { width, height } = after.layers;
  return (
    <div ref={rootRef} role="dialog" aria-label="Compare versions" className="absolute inset-0 z-30">
      <div className="absolute left-2 right-2 top-2 z-10 flex flex-wrap items-center gap-2 rounded border border-ink-800 bg-ink-900/90 px-3 py-2 text-xs text-ink-300 shadow-lg">
        <VersionPicker label="Left version" value={pair.before} versions={tree.versions} onChange={(id) => compareVersions({ ...pair, before: id })} />
        <VersionPicker label="Right version" value={pair.after} versions={tree.versions} onChange={(id) => compareVersions({ ...pair, after: id })} />
        <div role="group" aria-label="Compare view" className="ml-2 flex rounded border border-ink-700">
          {(['slider', 'changes'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)} className={`px-2 py-1 ${mode === value ? 'bg-ink-700 text-ink-200' : 'text-ink-400 hover:text-ink-200'}`}>
              {value === 'slider' ? 'Slider' : 'Changes'}
            </button>
          ))}
        </div>
        <HoldButton label="Hold to see the left version" onHold={setHolding}>
          Hold to compare
        </HoldButton>
        {mode === 'changes' && changed ? (
          <span data-testid="versions-changed-share" data-changed-pixels={changed.pixels}>
            {changed.pixels.toLocaleString('en-US')} px differ ({changeShare(changed.share)})
          </span>
        ) : null}
        <button type="button" aria-label="Close version compare" onClick={() => compareVersions(null)} className="ml-auto rounded px-2 py-1 hover:bg-ink-800">
          Close
        </button>
      </div>
      {/* Exactly where the picture is on the canvas, following zoom and pan, so nothing jumps. */}
      <canvas
        ref={canvasRef}
        aria-label={mode === 'slider' ? `${versionLabel(before)} left of the slider, ${versionLabel(after)} right` : 'Changed pixels between the versions'}
        className="absolute"
        style={{ left: view.x, top: view.y, width: width * view.zoom, height: height * view.zoom }}
      />
      {mode === 'slider' ? (
        <input
          type="range"
          aria-label="Version compare position"
          min={0}
          max={100}
          value={split}
          onChange={(event) => setSplit(Number(event.target.value))}
          className="absolute bottom-3 left-1/2 w-1/2 -translate-x-1/2 accent-accent-500"
        />
      ) : null}
    </div>
  );
}
