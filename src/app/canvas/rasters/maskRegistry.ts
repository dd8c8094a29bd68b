import { useStudioStore } from '../../store/studioStore';
import { MAIN_MASK_ID, type MaskId } from '../../store/documentTypes';
import { CanvasTile, type CanvasMask } from './canvasTile';
import { cssColorToRgb } from './maskPixels';
import { encodeTiledAlpha } from './sparseAlphaCodec';
import { TiledMask, type MaskSnapshot } from './tiledMask';

/**
 * Mask rasters at document resolution, keyed by mask id (the pixels the store's MaskMeta
 * describes). Each is tiled and sparse (see tiledMask.ts): memory follows what is painted,
 * not the document's area. Tools draw into them; the stage shows the active one.
 */
const rasters = new Map<MaskId, CanvasMask>();
const listeners = new Set<() => void>();
let version = 0;
let displayColor = useStudioStore.getState().maskColor;
let displayRgb: readonly [number, number, number] | null = null;
const rgb = () => (displayRgb ??= cssColorToRgb(displayColor));

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function newMask(width: number, height: number): CanvasMask {
  return new TiledMask(width, height, () => new CanvasTile(rgb));
}

function documentSize(): { width: number; height: number } {
  const { width, height } = useStudioStore.getState().document;
  return { width, height };
}

/** Creates the raster (and the store's MaskMeta) when missing; returns it. */
export function ensureMask(maskId: MaskId): CanvasMask {
  let raster = rasters.get(maskId);
  if (!raster) {
    const { width, height } = documentSize();
    raster = newMask(width, height);
    rasters.set(maskId, raster);
    changed();
  }
  if (!useStudioStore.getState().document.masks[maskId]) useStudioStore.getState().maskAdded(maskId);
  return raster;
}

/** The raster of a mask, or undefined before ensureMask. */
export function getMask(maskId: MaskId): CanvasMask | undefined {
  return rasters.get(maskId);
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
  for (const [maskId, old] of rasters) {
    const next = newMask(width, height);
    for (const [key] of old.entries()) {
      const rect = old.tileRect(key);
      next.writeAlpha({ ...rect, x: rect.x + offsetX, y: rect.y + offsetY }, old.readAlpha(rect));
    }
    next.takeChanges();
    rasters.set(maskId, next);
  }
  changed();
}

/** Replaces a raster with the given size and alpha (restore, recall); empty when alpha is null. */
export function replaceMask(maskId: MaskId, width: number, height: number, alpha: Uint8Array | null): void {
  const raster = newMask(width, height);
  if (alpha) {
    raster.writeAlpha({ x: 0, y: 0, width, height }, alpha);
    raster.takeChanges();
  }
  rasters.set(maskId, raster);
  changed();
}

/** The whole mask's alpha run-length coded (alphaCodec), read only where painted (autosave, project files). */
export function encodeMaskRaster(maskId: MaskId): { width: number; height: number; alphaRle: Uint8Array } | undefined {
  const raster = rasters.get(maskId);
  return raster && { width: raster.width, height: raster.height, alphaRle: encodeTiledAlpha(raster) };
}

export function snapshotMask(maskId: MaskId): MaskSnapshot | undefined {
  return rasters.get(maskId)?.snapshot();
}

/** Puts a snapshot back as the mask's raster (history). */
export function restoreMaskSnapshot(maskId: MaskId, snapshot: MaskSnapshot): void {
  const raster = newMask(snapshot.width, snapshot.height);
  raster.restore(snapshot);
  rasters.set(maskId, raster);
  changed();
}

export function maskDisplayColor(): string {
  return displayColor;
}

/** The overlay colour is baked into the tiles' RGB; alpha, the mask itself, is untouched. */
export function setMaskDisplayColor(color: string): void {
  if (color === displayColor) return;
  displayColor = color;
  displayRgb = null;
  for (const raster of rasters.values()) for (const [, tile] of raster.entries()) tile.recolor(color);
  changed();
}

/** Pixel memory of every mask raster, for the status bar and the bench. */
export function maskMemoryBytes(): number {
  let bytes = 0;
  // Each tile: its RGBA canvas and the copy of its alpha (canvasTile.ts).
  for (const raster of rasters.values()) bytes += raster.bytes(5);
  return bytes;
}

/** Fires when a raster is created or replaced, or recoloured (not on every stroke). */
export function subscribeMaskRasters(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function maskRastersVersion(): number {
  return version;
}

// Keep the rasters in the overlay colour the user picked.
useStudioStore.subscribe((state) => state.maskColor, setMaskDisplayColor);
