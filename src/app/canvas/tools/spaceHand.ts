/** Holding Space turns any tool into the Hand until it is released. Transient, so not in the store. */
let held = false;
const listeners = new Set<() => void>();

export function isSpaceHandHeld(): boolean {
  return held;
}

export function setSpaceHandHeld(value: boolean): void {
  if (held === value) return;
  held = value;
  for (const listener of listeners) listener();
}

export function subscribeSpaceHand(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the pointer is over the canvas: Space then means "hand" even when a button has focus. */
let pointerOverCanvas = false;

export function setPointerOverCanvas(value: boolean): void {
  pointerOverCanvas = value;
}

export function isPointerOverCanvas(): boolean {
  return pointerOverCanvas;
}
