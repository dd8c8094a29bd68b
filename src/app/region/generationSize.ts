import { GENERATION_MAX_SIZE, GENERATION_MIN_SIZE, type GenerationResolution } from '../store/documentTypes';

/**
 * The size a region is generated at. PICPIK takes 64–2560 a side; models draw best near their
 * native size, so a small region is scaled UP to the chosen long side (Auto = 1024), a large
 * one is scaled down to fit 2560, and sides are rounded to multiples of 8.
 */
export const AUTO_LONG_SIDE = 1024;
const STEP = 8;

export interface Size {
  width: number;
  height: number;
}

export function resolutionLabel(resolution: GenerationResolution): string {
  if (resolution === 'auto') return `Auto (${AUTO_LONG_SIDE})`;
  if (resolution === 'region') return 'Region size';
  return String(resolution);
}

function toSide(value: number): number {
  const rounded = Math.round(value / STEP) * STEP;
  return Math.max(GENERATION_MIN_SIZE, Math.min(GENERATION_MAX_SIZE, rounded));
}

/** The generation Width × Height for a region of `region` document pixels. */
export function generationSize(region: Size, resolution: GenerationResolution): Size {
  const width = Math.max(1, region.width);
  const height = Math.max(1, region.height);
  const longSide = Math.max(width, height);
  const shortSide = Math.min(width, height);
  const target = resolution === 'auto' ? AUTO_LONG_SIDE : resolution === 'region' ? longSide : resolution;
  // Up to the target when smaller; never past 2560 on the long side.
  let scale = Math.min(Math.max(1, target / longSide), GENERATION_MAX_SIZE / longSide);
  // A thin region still needs 64 px on its short side (the long side then clamps at 2560).
  if (shortSide * scale < GENERATION_MIN_SIZE) scale = GENERATION_MIN_SIZE / shortSide;
  return { width: toSide(width * scale), height: toSide(height * scale) };
}

/** How many document pixels one generated pixel covers on each axis. */
export function documentPixelsPerGenerated(region: Size, generated: Size): { x: number; y: number } {
  return { x: region.width / generated.width, y: region.height / generated.height };
}

export function regionSentence(region: Size, generated: Size): string {
  return `Region ${region.width} × ${region.height} → generated at ${generated.width} × ${generated.height}`;
}
