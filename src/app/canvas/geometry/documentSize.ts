import { DOCUMENT_MAX_PIXELS, DOCUMENT_MAX_SIZE, DOCUMENT_MIN_SIZE, type Anchor } from '../../store/documentTypes';

export interface Size {
  width: number;
  height: number;
}

export interface SizePreset extends Size {
  label: string;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { label: '512 × 512', width: 512, height: 512 },
  { label: '768 × 768', width: 768, height: 768 },
  { label: '1024 × 1024', width: 1024, height: 1024 },
  { label: '1024 × 1536 portrait', width: 1024, height: 1536 },
  { label: '1536 × 1024 landscape', width: 1536, height: 1024 },
];

export function clampSide(value: number): number {
  if (!Number.isFinite(value)) return DOCUMENT_MIN_SIZE;
  return Math.round(Math.max(DOCUMENT_MIN_SIZE, Math.min(DOCUMENT_MAX_SIZE, value)));
}

/** True when a picture of this size opens as it is: 64–16384 px a side and at most 100 MP. */
export function fitsDocument(size: Size): boolean {
  const { width, height } = size;
  return width >= DOCUMENT_MIN_SIZE && height >= DOCUMENT_MIN_SIZE && width <= DOCUMENT_MAX_SIZE && height <= DOCUMENT_MAX_SIZE && width * height <= DOCUMENT_MAX_PIXELS;
}

/**
 * Fits an image's size into the document limits keeping its aspect ratio: large images shrink
 * until the long side is 16384 and the area 100 MP, tiny ones grow until the short side is 64.
 * An aspect too extreme for both limits keeps the long side in range and clamps the short one.
 */
export function clampSizeKeepingAspect(width: number, height: number): Size {
  if (!(width > 0) || !(height > 0)) return { width: DOCUMENT_MIN_SIZE, height: DOCUMENT_MIN_SIZE };
  const longSide = Math.max(width, height);
  const shortSide = Math.min(width, height);
  let scale = Math.min(1, DOCUMENT_MAX_SIZE / longSide, Math.sqrt(DOCUMENT_MAX_PIXELS / (width * height)));
  if (scale === 1 && shortSide < DOCUMENT_MIN_SIZE) scale = Math.min(DOCUMENT_MIN_SIZE / shortSide, DOCUMENT_MAX_SIZE / longSide);
  // Floor, not round: rounding up could cross the pixel budget by a row.
  const fit = (side: number) => Math.max(DOCUMENT_MIN_SIZE, Math.min(DOCUMENT_MAX_SIZE, scale < 1 ? Math.floor(side * scale) : Math.round(side * scale)));
  return { width: fit(width), height: fit(height) };
}

/** Where the old content lands in the resized canvas: 0 = left/top, 1 = centre, 2 = right/bottom. */
export function anchorOffset(anchor: Anchor, from: Size, to: Size): { offsetX: number; offsetY: number } {
  return {
    offsetX: Math.round(((to.width - from.width) * anchor.column) / 2),
    offsetY: Math.round(((to.height - from.height) * anchor.row) / 2),
  };
}

/** +25 % / +50 %: both sides grow by the percentage, within the side limit and the pixel budget. */
export function extendByPercent(size: Size, percent: number): Size {
  const factor = 1 + percent / 100;
  const budget = Math.min(factor, Math.sqrt(DOCUMENT_MAX_PIXELS / (size.width * size.height)));
  const grow = Math.max(1, budget);
  return { width: clampSide(Math.floor(size.width * grow)), height: clampSide(Math.floor(size.height * grow)) };
}

export function sizeLabel(size: Size): string {
  return `${size.width} × ${size.height}`;
}
