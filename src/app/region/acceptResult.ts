import { addRenderedAsset } from '../canvas/assets';
import { recordDocumentChange } from '../canvas/commands/documentHistory';
import { drawBaseImage } from '../canvas/export/renderDocument';
import { fitsDocument } from '../canvas/geometry/documentSize';
import type { PixelRect } from '../canvas/geometry/pixelRect';
import { resizeAllMasks } from '../canvas/rasters/maskRegistry';
import { viewport } from '../canvas/viewport/viewport';
import type { StudioDocument } from '../store/documentTypes';
import type { TaskRegion } from '../store/resultsSlice';
import { useStudioStore } from '../store/studioStore';
import { composeInWorker } from './composite/compositeClient';
import type { ComposedRegion } from './composite/composeRegion';
import { grownDocument } from './regionGeometry';

const state = () => useStudioStore.getState();

/** Where a task's region is in the document now: it moves with the picture if the canvas was extended since. */
export function regionNow(region: TaskRegion, doc: StudioDocument): PixelRect {
  const dx = region.anchor && doc.baseImage ? doc.baseImage.x - region.anchor.x : 0;
  const dy = region.anchor && doc.baseImage ? doc.baseImage.y - region.anchor.y : 0;
  return { ...region.rect, x: region.rect.x + dx, y: region.rect.y + dy };
}

/** The picture (base image and accepted results, no foregrounds) under a rectangle, for the worker. */
function pictureUnder(doc: StudioDocument, rect: PixelRect): ImageBitmap {
  const canvas = new OffscreenCanvas(rect.width, rect.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw off-screen');
  ctx.translate(-rect.x, -rect.y);
  drawBaseImage(ctx, doc);
  return canvas.transferToImageBitmap();
}

/** Composes a result into its region against the picture as it is now (in the composite worker). */
export async function composeTaskResult(region: TaskRegion, result: Blob): Promise<{ rect: PixelRect; composed: ComposedRegion }> {
  const doc = state().document;
  const rect = regionNow(region, doc);
  const composed = await composeInWorker({ result, base: pictureUnder(doc, rect), blend: region.blend });
  return { rect, composed };
}

let editCounter = 0;

/**
 * Accepts a composed result as ONE undo step: its changed area becomes an edit of the picture
 * (only that area is stored), and a region past the edges grows the document to include it.
 */
export async function acceptComposedResult(rect: PixelRect, composed: ComposedRegion): Promise<void> {
  const patch = { x: rect.x + composed.bounds.x, y: rect.y + composed.bounds.y, width: composed.bounds.width, height: composed.bounds.height };
  const doc = state().document;
  const grown = grownDocument(patch, doc);
  if (!fitsDocument(grown)) throw new Error(`Accepting would grow the picture to ${grown.width} × ${grown.height} px, past 16384 px a side or 100 MP`);
  const assetId = await addRenderedAsset(composed.png, await createImageBitmap(composed.patch), 'Result');
  const grows = grown.width !== doc.width || grown.height !== doc.height;
  editCounter += 1;
  recordDocumentChange(
    grows ? 'Accept outpainting' : 'Accept result',
    () => {
      if (grows) {
        state().canvasResized({ width: grown.width, height: grown.height, offsetX: -grown.x, offsetY: -grown.y });
        resizeAllMasks(grown.width, grown.height, -grown.x, -grown.y);
      }
      state().pictureEdited({ id: `edit-${Date.now().toString(36)}-${editCounter}`, assetId, ...patch, x: patch.x - grown.x, y: patch.y - grown.y });
    },
    { includesMasks: grows },
  );
  if (grows) viewport.fitDocument();
}
