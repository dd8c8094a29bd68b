import { useSyncExternalStore } from 'react';
import { useStudioStore } from '../../store/studioStore';
import { centeredView, fitView, nextZoomStep, zoomAround, type Size, type ViewTransform } from './viewMath';

/**
 * Zoom and pan live here, not in the store: they change on every wheel tick and pan frame,
 * are not document data, are not undoable and are never serialised. The stage applies them
 * imperatively; only the zoom readout re-renders (through useViewZoom).
 */
let view: ViewTransform = { zoom: 1, x: 0, y: 0 };
let container: Size = { width: 0, height: 0 };
let fitPending = true;
/** While the view is "fit" (not zoomed or panned since), it stays fit when the container resizes. */
let fitted = false;
const listeners = new Set<() => void>();

function documentSize(): Size {
  const { width, height } = useStudioStore.getState().document;
  return { width, height };
}

function set(next: ViewTransform): void {
  view = next;
  for (const listener of listeners) listener();
}

export const viewport = {
  get: (): ViewTransform => view,
  containerSize: (): Size => container,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setContainerSize(size: Size): void {
    const first = container.width === 0 || container.height === 0;
    container = size;
    // The results tray appearing (or growing when thumbnails arrive) must not crop a fitted document.
    if (first || fitPending || fitted) viewport.fitDocument();
    else set({ ...view });
  },
  /** Ctrl/Cmd+0. Waits for the container to have a size. */
  fitDocument(): void {
    if (container.width === 0 || container.height === 0) {
      fitPending = true;
      return;
    }
    fitPending = false;
    fitted = true;
    set(fitView(documentSize(), container));
  },
  /** Ctrl/Cmd+1: 100 %, centred. */
  actualPixels(): void {
    fitted = false;
    set(centeredView(documentSize(), container, 1));
  },
  zoomAt(screen: { x: number; y: number }, zoom: number): void {
    fitted = false;
    set(zoomAround(view, screen, zoom));
  },
  zoomStep(direction: 1 | -1): void {
    fitted = false;
    const centre = { x: container.width / 2, y: container.height / 2 };
    set(zoomAround(view, centre, nextZoomStep(view.zoom, direction)));
  },
  /** Wheel and pinch zoom around the pointer; `bounds` is the canvas area's box on the page. */
  wheel(event: WheelEvent, bounds: DOMRect): void {
    event.preventDefault();
    const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    // Pinch gestures arrive as ctrl+wheel with small deltas: zoom faster for them.
    const speed = event.ctrlKey ? 0.01 : 0.0015;
    const factor = Math.exp(-event.deltaY * lines * speed);
    viewport.zoomAt({ x: event.clientX - bounds.left, y: event.clientY - bounds.top }, view.zoom * factor);
  },
  panBy(dx: number, dy: number): void {
    fitted = false;
    set({ ...view, x: view.x + dx, y: view.y + dy });
  },
};

// A document of another size (extended, or an extension undone or redone) is shown whole:
// otherwise Undo of "Extend canvas" leaves the old zoom with the picture in a corner.
useStudioStore.subscribe((state, previous) => {
  if (state.document.width !== previous.document.width || state.document.height !== previous.document.height) viewport.fitDocument();
});

export function useViewZoom(): number {
  return useSyncExternalStore(viewport.subscribe, () => view.zoom);
}
