import { useStudioStore } from '../../store/studioStore';
import type { Anchor, ForegroundTransform, ReferenceKind } from '../../store/documentTypes';
import { addAsset, getAsset } from '../assets';
import { anchorOffset, clampSide, clampSizeKeepingAspect } from '../geometry/documentSize';
import { maskIds, replaceMask, resizeAllMasks } from '../rasters/maskRegistry';
import { viewport } from '../viewport/viewport';
import { recordDocumentChange } from './documentHistory';

/** Undoable document operations used by the UI, shortcuts and other panels. */

const state = () => useStudioStore.getState();

/** Opens an image as the base of a new document of its (clamped) size. */
export async function openImage(source: Blob | string, name = 'image'): Promise<void> {
  const assetId = await addAsset(source, name);
  const asset = getAsset(assetId);
  if (!asset) return;
  const { width, height } = clampSizeKeepingAspect(asset.width, asset.height);
  recordDocumentChange(
    'Open image',
    () => {
      state().imageOpened({ assetId, width, height });
      for (const maskId of maskIds()) replaceMask(maskId, width, height, null);
      state().foregroundSelected(null);
    },
    { includesMasks: true },
  );
  viewport.fitDocument();
}

/** Resizes (or extends) the canvas around the anchor; content and masks keep their pixels. */
export function resizeCanvas(width: number, height: number, anchor: Anchor): void {
  const doc = state().document;
  const to = { width: clampSide(width), height: clampSide(height) };
  if (to.width === doc.width && to.height === doc.height) return;
  const { offsetX, offsetY } = anchorOffset(anchor, doc, to);
  recordDocumentChange(
    to.width >= doc.width && to.height >= doc.height ? 'Extend canvas' : 'Resize canvas',
    () => {
      state().canvasResized({ ...to, offsetX, offsetY });
      resizeAllMasks(to.width, to.height, offsetX, offsetY);
    },
    { includesMasks: true },
  );
  viewport.fitDocument();
}

let foregroundCounter = 0;

/** Places an image (a transparent PNG) as a new foreground, centred and fitted within 60 % of the canvas. */
export async function placeForeground(source: Blob | string, name = 'Foreground'): Promise<string | null> {
  const assetId = await addAsset(source, name);
  const asset = getAsset(assetId);
  if (!asset) return null;
  const doc = state().document;
  const scale = Math.min(1, (doc.width * 0.6) / asset.width, (doc.height * 0.6) / asset.height);
  foregroundCounter += 1;
  const id = `fg-${Date.now().toString(36)}-${foregroundCounter}`;
  recordDocumentChange('Add foreground', () => {
    state().foregroundPlaced({
      id,
      assetId,
      name,
      x: Math.round((doc.width - asset.width * scale) / 2),
      y: Math.round((doc.height - asset.height * scale) / 2),
      scaleX: scale,
      scaleY: scale,
      rotation: 0,
      opacity: 1,
      visible: true,
    });
  });
  state().foregroundSelected(id);
  state().toolSelected('move');
  return id;
}

export function transformForeground(id: string, transform: ForegroundTransform, mergeKey?: string): void {
  recordDocumentChange('Transform foreground', () => state().foregroundTransformed(id, transform), { mergeKey });
}

export function moveForegroundInStack(id: string, direction: 1 | -1): void {
  const index = state().document.foregrounds.findIndex((fg) => fg.id === id);
  if (index < 0) return;
  recordDocumentChange(direction > 0 ? 'Bring forward' : 'Send backward', () =>
    state().foregroundReordered(id, index + direction),
  );
}

export function removeForeground(id: string): void {
  recordDocumentChange('Delete foreground', () => state().foregroundRemoved(id));
}

export function setForegroundOpacity(id: string, opacity: number): void {
  recordDocumentChange('Foreground opacity', () => state().foregroundOpacityChanged(id, opacity), {
    mergeKey: `opacity:${id}`,
  });
}

export function setForegroundVisible(id: string, visible: boolean): void {
  recordDocumentChange(visible ? 'Show foreground' : 'Hide foreground', () =>
    state().foregroundVisibilityChanged(id, visible),
  );
}

export function setReference(kind: ReferenceKind, assetId: string | null): void {
  recordDocumentChange('Set reference image', () => state().referenceSet(kind, assetId));
}

export function setControlReference(unitId: string, assetId: string | null): void {
  recordDocumentChange('Set control image', () => state().controlReferenceSet(unitId, assetId));
}
