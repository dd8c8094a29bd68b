import { generationSize } from '../region/generationSize';
import { GENERATION_RESOLUTIONS, type GenerationResolution, type RegionRect, type StudioDocument } from '../store/documentTypes';
import type { TaskRegion } from '../store/resultsSlice';
import type { MaskPixels } from '../persistence/workContent';

/**
 * Recall of a task that covered a region of this work's picture: its inputs are crops of that
 * region at the generation size, so the picture stays and the region comes back as the frame.
 */

/**
 * Where the task's region lies in the document now (moved with the picture when the canvas was
 * extended since), or null when the picture it was cut from is not the one here.
 */
export function recalledRegionFrame(region: TaskRegion | undefined, doc: StudioDocument): RegionRect | null {
  if (!region?.anchor || !doc.baseImage) return null;
  const dx = doc.baseImage.x - region.anchor.x;
  const dy = doc.baseImage.y - region.anchor.y;
  // Same picture size and the same document grown only around it: the region still means the same pixels.
  const { width, height } = region.documentSize;
  if (doc.width - width < Math.abs(dx) || doc.height - height < Math.abs(dy) || doc.width < width || doc.height < height) return null;
  return { x: region.rect.x + dx, y: region.rect.y + dy, width: region.rect.width, height: region.rect.height };
}

/** The generation resolution setting that gives this region the size it was generated at (Auto when none does). */
export function recalledResolution(rect: RegionRect, generated: { width: number; height: number }): GenerationResolution {
  const same = (resolution: GenerationResolution) => {
    const size = generationSize(rect, resolution);
    return size.width === generated.width && size.height === generated.height;
  };
  return GENERATION_RESOLUTIONS.find(same) ?? 'auto';
}

/**
 * A mask sent at the generation size, scaled back over its region (nearest neighbour: the
 * sent mask is black/white) in a document-sized mask; what lies past the edges is dropped.
 */
export function maskIntoDocument(mask: MaskPixels, rect: RegionRect, doc: { width: number; height: number }): MaskPixels {
  const alpha = new Uint8Array(doc.width * doc.height);
  const left = Math.max(0, rect.x);
  const top = Math.max(0, rect.y);
  const right = Math.min(doc.width, rect.x + rect.width);
  const bottom = Math.min(doc.height, rect.y + rect.height);
  for (let y = top; y < bottom; y++) {
    const sourceRow = Math.min(mask.height - 1, Math.floor(((y - rect.y + 0.5) * mask.height) / rect.height)) * mask.width;
    for (let x = left; x < right; x++) {
      const sourceColumn = Math.min(mask.width - 1, Math.floor(((x - rect.x + 0.5) * mask.width) / rect.width));
      alpha[y * doc.width + x] = mask.alpha[sourceRow + sourceColumn]!;
    }
  }
  return { width: doc.width, height: doc.height, alpha };
}
