import type { HairOptimization } from '../../picpik/enums';
import { SEGMENTATION_DEFAULTS, SEGMENTATION_RANGES } from '../../picpik/removeBackground';

/** The edge settings RemoveBackground and ExtractContents share, with PICPIK's documented defaults. */
export interface EdgeOptions {
  erodeSize: number;
  foregroundThreshold: number;
  backgroundThreshold: number;
  hairOptimization: HairOptimization;
}

export const DEFAULT_EDGE_OPTIONS: EdgeOptions = {
  erodeSize: SEGMENTATION_DEFAULTS.ErodeSize,
  foregroundThreshold: SEGMENTATION_DEFAULTS.ForegroundThreshold,
  backgroundThreshold: SEGMENTATION_DEFAULTS.BackgroundThreshold,
  // PICPIK publishes no default; auto lets the service decide per picture.
  hairOptimization: 'auto',
};

type NumericOption = Exclude<keyof EdgeOptions, 'hairOptimization'>;

export const EDGE_RANGES: Record<NumericOption, { min: number; max: number }> = {
  erodeSize: SEGMENTATION_RANGES.ErodeSize,
  foregroundThreshold: SEGMENTATION_RANGES.ForegroundThreshold,
  backgroundThreshold: SEGMENTATION_RANGES.BackgroundThreshold,
};

/** A typed value kept inside its documented range (whole numbers). */
export function clampEdgeOption(name: NumericOption, value: number): number {
  const { min, max } = EDGE_RANGES[name];
  if (!Number.isFinite(value)) return DEFAULT_EDGE_OPTIONS[name];
  return Math.round(Math.max(min, Math.min(max, value)));
}

/** The request fields for these options. */
export function edgeFields(options: EdgeOptions) {
  return {
    ErodeSize: options.erodeSize,
    ForegroundThreshold: options.foregroundThreshold,
    BackgroundThreshold: options.backgroundThreshold,
    HairOptimization: options.hairOptimization,
  };
}
