import type { EngineCatalog } from '../catalog';

/** What a worker receives for one task: the request as sent, the seed already resolved. */
export interface EngineJob {
  action: string;
  request: Record<string, unknown>;
  seed: number;
  catalog: EngineCatalog;
}

export interface Size {
  width: number;
  height: number;
}

export function batchSize(request: Record<string, unknown>): number {
  return typeof request.BatchSize === 'number' ? request.BatchSize : 1;
}

/** Width/Height when the request gives them, else the given fallback (usually the input image's size). */
export function outputSize(request: Record<string, unknown>, fallback: Size): Size {
  return {
    width: typeof request.Width === 'number' ? request.Width : fallback.width,
    height: typeof request.Height === 'number' ? request.Height : fallback.height,
  };
}
