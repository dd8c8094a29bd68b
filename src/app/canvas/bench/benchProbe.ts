/**
 * Instrumentation for `npm run bench`, active only when the page URL has `?bench`.
 * It records how long each pointer-move handler takes; the bench script reads it through
 * `window.__picpikBench`. Without the flag every call is a no-op.
 */
export interface BenchProbe {
  /** Milliseconds spent in each pointer-move handler. */
  moveCosts: number[];
  /** Milliseconds per mask-layer redraw, which is where deferred canvas work is flushed. */
  maskDrawCosts: number[];
  reset: () => void;
}

const enabled = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

export const benchProbe: BenchProbe | null = enabled
  ? {
      moveCosts: [],
      maskDrawCosts: [],
      reset() {
        this.moveCosts.length = 0;
        this.maskDrawCosts.length = 0;
      },
    }
  : null;

export function benchEnabled(): boolean {
  return enabled;
}

/** Exposes extra entry points (exports, stats) to the bench script. */
export function exposeToBench(extra: Record<string, unknown>): void {
  if (!enabled || !benchProbe) return;
  const target = window as unknown as { __picpikBench?: Record<string, unknown> };
  target.__picpikBench = { ...(target.__picpikBench ?? {}), probe: benchProbe, ...extra };
}

/** Times a Konva layer's redraws into `maskDrawCosts` (Konva fires beforeDraw / draw around them). */
export function instrumentMaskLayerDraws(layer: { on: (event: string, handler: () => void) => void; off: (event: string) => void }): () => void {
  if (!benchProbe) return () => {};
  const probe = benchProbe;
  let started = 0;
  layer.on('beforeDraw.bench', () => (started = performance.now()));
  layer.on('draw.bench', () => probe.maskDrawCosts.push(performance.now() - started));
  return () => {
    layer.off('beforeDraw.bench');
    layer.off('draw.bench');
  };
}
