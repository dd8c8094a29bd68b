import { useState } from 'react';
import { useChangeOverlay } from './useChangeOverlay';

export type CompareMode = 'result' | 'slider' | 'changes';

const imageClass = 'absolute inset-0 h-full w-full object-contain';

/** The large result: plain, against the input with a slider, or with the changed pixels marked. */
export function CompareView({ resultUrl, inputUrl, mode, holding }: { resultUrl: string; inputUrl?: string; mode: CompareMode; holding: boolean }) {
  const [split, setSplit] = useState(50);
  const changes = useChangeOverlay(inputUrl, resultUrl, mode === 'changes');
  const showInput = holding && inputUrl;
  return (
    <div className="relative min-h-0 flex-1 bg-[conic-gradient(#1b1d21_25%,#222429_0_50%,#1b1d21_0_75%,#222429_0)] bg-[length:24px_24px]">
      <img src={showInput ? inputUrl : resultUrl} alt={showInput ? 'Input' : 'Result'} className={imageClass} />
      {mode === 'slider' && inputUrl && !holding && (
        <>
          <img src={inputUrl} alt="Input" className={imageClass} style={{ clipPath: `inset(0 ${100 - split}% 0 0)` }} />
          <div aria-hidden className="pointer-events-none absolute inset-y-0 w-px bg-white/80 shadow-[0_0_4px_rgba(0,0,0,0.8)]" style={{ left: `${split}%` }} />
          <span className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">Input</span>
          <span className="absolute right-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">Result</span>
          <input
            type="range"
            aria-label="Compare position"
            min={0}
            max={100}
            value={split}
            onChange={(event) => setSplit(Number(event.target.value))}
            className="absolute inset-x-6 bottom-4 accent-accent-500"
          />
        </>
      )}
      {mode === 'changes' && !holding && changes?.overlay && (
        <>
          <img src={changes.overlay.url} alt="Changed pixels" className={`${imageClass} mix-blend-screen`} />
          <p className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200" data-testid="changed-share">
            {(changes.overlay.changedShare * 100).toFixed(1)} % of the pixels changed
          </p>
        </>
      )}
      {mode === 'changes' && changes?.error && <p role="alert" className="absolute left-3 top-3 text-xs text-danger-500">{changes.error}</p>}
      {holding && <p className="absolute left-3 top-3 rounded bg-black/70 px-2 py-1 text-xs text-ink-200">Input</p>}
    </div>
  );
}
