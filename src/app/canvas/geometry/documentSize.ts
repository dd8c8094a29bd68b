import { DOCUMENT_MAX_SIZE, DOCUMENT_MIN_SIZE, type Anchor } from '../../store/documentTypes';

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

/**
 * Fits an image's size into 64–2560 on both sides keeping its aspect ratio: large images
 * shrink until the long side is 2560, tiny ones grow until the short side is 64. An aspect
 * too extreme for both limits keeps the long side in range and clamps the short one.
 */
export function clampSizeKeepingAspect(width: number, height: number): Size {
  if (!(width > 0) || !(height > 0)) return { width: DOCUMENT_MIN_SIZE, height: DOCUMENT_MIN_SIZE };
  let scale = 1;
  const longSide = Math.max(width, height);
  const shortSide = Math.min(width, height);
  if (longSide > DOCUMENT_MAX_SIZE) scale = DOCUMENT_MAX_SIZE / longSide;
  else if (shortSide < DOCUMENT_MIN_SIZE) scale = Math.min(DOCUMENT_MIN_SIZE / shortSide, DOCUMENT_MAX_SIZE / longSide);
  return { width: clampSide(width * scale), height: clampSide(height * scale) };
}

/** Where the old content lands in the resized canvas: 0 = left/top, 1 = centre, 2 = right/bottom. */
export function anchorOffset(anchor: Anchor, from: Size, to: Size): { offsetX: number; offsetY: number } {
  return {
    offsetX: Math.round(((to.width - from.width) * anchor.column) / 2),
    offsetY: Math.round(((to.height - from.height) * anchor.row) / 2),
  };
}

/** +25 % / +50 %: both sides grow by the percentage, within the limits. */
export function extendByPercent(size: Size, percent: number): Size {
  const factor = 1 + percent / 100;
  return { width: clampSide(size.width * factor), height: clampSide(size.height * factor) };
}

export function sizeLabel(size: Size): string {
  return `${size.width} × ${size.height}`;
}
