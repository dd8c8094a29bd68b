import { getAsset } from '../canvas/assets';
import { drawForegrounds } from '../canvas/export/renderDocument';
import type { StudioDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { describesSrgb, readImageMetadata, uprightExif, writeImageMetadata, type ImageMetadata } from './imageMetadata';

export type PictureFormat = 'png' | 'jpeg';

export interface PictureExportOptions {
  format: PictureFormat;
  /** JPEG quality, 1–100. */
  quality: number;
}

export const DEFAULT_JPEG_QUALITY = 92;

async function sourceMetadata(doc: StudioDocument): Promise<ImageMetadata> {
  const source = doc.baseImage ? getAsset(doc.baseImage.assetId)?.source : undefined;
  if (source === undefined) return {};
  const blob = typeof source === 'string' ? await (await fetch(source)).blob() : source;
  return readImageMetadata(new Uint8Array(await blob.arrayBuffer()));
}

/** The picture as the designer sees it: base image (unless hidden), accepted results, visible foregrounds. */
function drawPicture(ctx: OffscreenCanvasRenderingContext2D, doc: StudioDocument): void {
  const base = doc.baseImage;
  const baseImage = base && !base.hidden ? getAsset(base.assetId)?.image : undefined;
  if (base && baseImage) ctx.drawImage(baseImage, base.x, base.y, base.width, base.height);
  for (const edit of doc.edits) {
    const image = getAsset(edit.assetId)?.image;
    if (image) ctx.drawImage(image, edit.x, edit.y, edit.width, edit.height);
  }
  drawForegrounds(ctx, doc);
}

/**
 * The picture as PNG or JPEG at full resolution, keeping what the photo carried: a wide-gamut
 * photo (Display P3, Adobe RGB…) is drawn in Display P3, the widest space a canvas offers, and
 * the file is tagged with that profile by the encoder (never silently untagged sRGB); the
 * original's EXIF goes along, with Orientation set upright since the pixels already are.
 */
export async function exportPicture({ format, quality }: PictureExportOptions): Promise<{ blob: Blob; fileName: string }> {
  const doc = useStudioStore.getState().document;
  const metadata = await sourceMetadata(doc);
  const wide = metadata.icc !== undefined && !describesSrgb(metadata.icc);
  const canvas = new OffscreenCanvas(doc.width, doc.height);
  const ctx = canvas.getContext('2d', { colorSpace: wide ? 'display-p3' : 'srgb' });
  if (!ctx) throw new Error('This browser cannot draw the picture');
  if (format === 'jpeg') {
    // JPEG has no transparency: the uncovered area is white rather than black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, doc.width, doc.height);
  }
  drawPicture(ctx, doc);
  const type = format === 'jpeg' ? 'image/jpeg' : 'image/png';
  const encoded = await canvas.convertToBlob({ type, quality: Math.min(100, Math.max(1, quality)) / 100 });
  const bytes = writeImageMetadata(new Uint8Array(await encoded.arrayBuffer()), { exif: metadata.exif && uprightExif(metadata.exif) });
  const baseName = (doc.baseImage ? getAsset(doc.baseImage.assetId)?.name : undefined)?.replace(/\.[a-z0-9]+$/i, '') || 'picture';
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), fileName: `${baseName}-edited.${format === 'jpeg' ? 'jpg' : 'png'}` };
}
