import type { ComposedRegion, ComposeInput } from './composeRegion';

type Answer = { id: number; value: ComposedRegion } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (value: ComposedRegion) => void; reject: (error: Error) => void }>();

/** Started on the first result opened, so a page that never generates never loads it. */
function compositeWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./compositeWorker.ts', import.meta.url), { type: 'module', name: 'picpik-composite' });
  worker.onmessage = (event: MessageEvent<Answer>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    if ('error' in event.data) entry.reject(new Error(event.data.error));
    else entry.resolve(event.data.value);
  };
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.reject(new Error(`Putting the result back failed: ${event.message || 'the worker could not start'}`));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Composes a result into the region in the worker; the base bitmap is handed over (transferred). */
export function composeInWorker(input: ComposeInput): Promise<ComposedRegion> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    compositeWorker().postMessage({ id, input }, [input.base]);
  });
}
