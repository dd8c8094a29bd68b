import { paletteFromPrompts, synthesize } from '../algorithms/procedural';
import type { Raster } from '../algorithms/raster';
import { findMainModel, type EngineCatalog } from '../catalog';

/** Cel look of the anime main model: few flat tone bands instead of smooth gradients. */
function posterize(image: Raster, levels: number): Raster {
  const step = 255 / (levels - 1);
  const data = Uint8ClampedArray.from(image.data, (v, i) => (i % 4 === 3 ? v : Math.round(v / step) * step));
  return { width: image.width, height: image.height, data };
}

/** Seeded procedural picture whose palette follows the colour words of the positive prompts. */
export function synthesizeForPrompts(
  request: Record<string, unknown>,
  catalog: EngineCatalog,
  size: { width: number; height: number },
  seed: number,
): Raster {
  const prompts = (request.PositivePrompts as string[] | undefined) ?? [];
  const picture = synthesize(size.width, size.height, { seed, palette: paletteFromPrompts(prompts), tileable: request.Tileable === true });
  const code = (request.MainModel as { ModelCode?: string } | undefined)?.ModelCode ?? 'PICPIK General';
  return findMainModel(catalog, code)?.LocalStyle === 'cel' ? posterize(picture, 5) : picture;
}
