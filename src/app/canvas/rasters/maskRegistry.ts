import { useStudioStore } from '../../store/studioStore';
import { MAIN_MASK_ID, type MaskId } from '../../store/documentTypes';
import { context2d, createRasterCanvas, recolor, writeAlpha } from './maskPixels';

/**
 * Mask rasters at document resolution, keyed by mask id (the pixels the store's MaskMeta
 * describes). `live` is what tools draw on and the stage shows; `committed` mirrors the
 * state of the last history step, so a stroke's "before" pixels can be read on pointer-up
 * without snapshotting the mask on pointer-down.
 */
interface MaskRaster {
  live: HTMLCanvasElement;
  committed: HTMLCanvasElement;
}

const rasters = new Map<MaskId, MaskRaster>();
const listeners = new Set<() => void>();
let version = 0;
let displayColor = useStudioStore.getState().maskColor;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function documentSize(): { width: number; height: number } {
  const { width, height } = useStudioStore.getState().document;
  return { width, height };
}

/** Creates the raster (and the store's MaskMeta) when missing; returns the live canvas. */
export function ensureMask(maskId: MaskId): HTMLCanvasElement {
  let raster = rasters.get(maskId);
  const { width, height } = documentSize();
  if (!raster) {
    raster = { live: createRasterCanvas(width, height), committed: createRasterCanvas(width, height) };
    rasters.set(maskId, raster);
    changed();
  }
  if (!useStudioStore.getState().document.masks[maskId]) useStudioStore.getState().maskAdded(maskId);
  return raster.live;
}

/** The live raster of a mask, or undefined before ensureMask. */
export function getMaskCanvas(maskId: MaskId): HTMLCanvasElement | undefined {
  return rasters.get(maskId)?.live;
}

export function getCommittedMaskCanvas(maskId: MaskId): HTMLCanvasElement | undefined {
  return rasters.get(maskId)?.committed;
}

export function maskIds(): MaskId[] {
  return [...rasters.keys()];
}

/** Removes a ControlNet unit's mask (raster and MaskMeta); the main mask always stays. */
export function removeMask(maskId: MaskId): void {
  if (maskId === MAIN_MASK_ID) return;
  const state = useStudioStore.getState();
  if (state.activeMaskId === maskId) state.activeMaskChosen(MAIN_MASK_ID);
  state.maskRemoved(maskId);
  if (rasters.delete(maskId)) changed();
}

/** New size for every raster, old pixels shifted by the offset (canvas resize / extension). */
export function resizeAllMasks(width: number, height: number, offsetX: number, offsetY: number): void {
  for (const raster of rasters.values()) {
    for (const key of ['live', 'committed'] as const) {
      const next = createRasterCanvas(width, height);
      context2d(next).drawImage(raster[key], offsetX, offsetY);
      raster[key] = next;
    }
  }
  changed();
}

/** Replaces a raster with the given size and alpha (history restore); empty when alpha is null. */
export function replaceMask(maskId: MaskId, width: number, height: number, alpha: Uint8Array | null): void {
  const raster = { live: createRasterCanvas(width, height), committed: createRasterCanvas(width, height) };
  if (alpha) {
    const rect = { x: 0, y: 0, width, height };
    writeAlpha(raster.live, rect, alpha, displayColor);
    context2d(raster.committed).drawImage(raster.live, 0, 0);
  }
  rasters.set(maskId, raster);
  changed();
}

export function maskDisplayColor(): string {
  return displayColor;
}

/** The overlay colour is baked into the rasters' RGB; alpha, the mask itself, is untouched. */
export function setMaskDisplayColor(color: string): void {
  if (color === displayColor) return;
  displayColor = color;
  for (const raster of rasters.values()) recolor(raster.live, color);
  changed();
}

/** Fires when a raster canvas is created or replaced (not on every stroke). */
export function subscribeMaskRasters(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function maskRastersVersion(): number {
  return version;
}

// Keep the rasters in the overlay colour the user picked.
useStudioStore.subscribe((state) => state.maskColor, setMaskDisplayColor);
