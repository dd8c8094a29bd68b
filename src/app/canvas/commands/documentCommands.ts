import { useStudioStore } from '../../store/studioStore';
import { DOCUMENT_MAX_PIXELS, type Anchor, type ForegroundTransform, type ReferenceKind } from '../../store/documentTypes';
import { addAsset, getAsset, readImageSize } from '../assets';
import { anchorOffset, clampSide, clampSizeKeepingAspect, fitsDocument, sizeLabel, type Size } from '../geometry/documentSize';
import { maskIds, replaceMask, resizeAllMasks } from '../rasters/maskRegistry';
import { viewport } from '../viewport/viewport';
import { recordDocumentChange } from './documentHistory';

/** Undoable document operations used by the UI, shortcuts and other panels. */

const state = () => useStudioStore.getState();

/** A picture beyond 16384 px a side or 100 MP: it opens only scaled down, when the designer says so. */
export class ImageTooLargeError extends Error {
  constructor(
    readonly size: Size,
    readonly fitted: Size,
  ) {
    super(`This image is ${sizeLabel(size)} px; the studio opens up to 16384 px a side and 100 megapixels.`);
    this.name = 'ImageTooLargeError';
  }
}

/** The picture resampled to `size` (high quality), re-encoded in its own kind (JPEG stays JPEG). */
async function scaledImage(source: Blob | string, size: Size): Promise<Blob> {
  const blob = typeof source === 'string' ? await (await fetch(source)).blob() : source;
  const bitmap = await createImageBitmap(blob, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
  const canvas = new OffscreenCanvas(size.width, size.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const type = blob.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
  return canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: 0.95 } : { type });
}

/**
 * Opens an image as the base of a new document of its own size (a tiny one grows to 64 px a
 * side). Beyond the limits it throws ImageTooLargeError unless `scaleDown` is set.
 */
export async function openImage(source: Blob | string, name = 'image', { scaleDown = false } = {}): Promise<void> {
  const size = await readImageSize(source).catch(() => null);
  if (size && !fitsDocument(size) && size.width >= 64 && size.height >= 64) {
    const fitted = clampSizeKeepingAspect(size.width, size.height);
    if (!scaleDown) throw new ImageTooLargeError(size, fitted);
    source = await scaledImage(source, fitted);
  }
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
  const sides = { width: clampSide(width), height: clampSide(height) };
  // Within 100 MP: both sides shrink by the same factor when the area is over the budget.
  const over = Math.sqrt((sides.width * sides.height) / DOCUMENT_MAX_PIXELS);
  const to = over > 1 ? { width: clampSide(Math.floor(sides.width / over)), height: clampSide(Math.floor(sides.height / over)) } : sides;
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
  const toolBefore = state().tool;
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
  // The Move tool to place it, unless the designer picked a tool while it was decoding.
  if (state().tool === toolBefore) state().toolSelected('move');
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

/** Hides or shows the base image (and its accepted results): hidden, it is neither shown nor sent. */
export function setBaseImageVisible(visible: boolean): void {
  recordDocumentChange(visible ? 'Show picture' : 'Hide picture', () => state().baseImageVisibilityChanged(visible));
}

export function setReference(kind: ReferenceKind, assetId: string | null): void {
  recordDocumentChange('Set reference image', () => state().referenceSet(kind, assetId));
}

export function setControlReference(unitId: string, assetId: string | null): void {
  recordDocumentChange('Set control image', () => state().controlReferenceSet(unitId, assetId));
}
