/**
 * Exemplar-based image completion (Wexler, Shechtman & Irani 2007) driven by
 * PatchMatch (Barnes et al. 2009), coarse to fine over a 2× pyramid:
 *  - the coarsest level is started structure first (inpaintPriority.ts: Criminisi
 *    priorities with a structure-tensor data term), so edges entering the hole continue;
 *  - every coarse level alternates nearest-neighbour search and Wexler voting (EM);
 *    a source costs its patch difference plus a penalty for its distance from the part
 *    of the outline the target faces, plus, on coarse levels, how far its mean colour is
 *    from what the surroundings predict (inpaintGuide.ts), and, on the hole's uniform side
 *    (the sky's part beyond the continued outline of a head, inpaintSides.ts), how much
 *    rougher or differently coloured than that uniform area (inpaintContext.ts), so distant
 *    lookalikes and textures foreign to that part of the hole are not pasted; votes stay
 *    on their own side, so the two sides meet in an edge, not a blurred band;
 *    coarse patches also compare texture features measured at full resolution
 *    (inpaintTexture.ts), so a smooth patch of an in-between colour cannot stand in for hair;
 *  - the full-resolution field is the converged half-scale field, upsampled; the final
 *    colours mix the vote with the copied pixel (grain survives), a gradient-domain
 *    correction (inpaintPoisson.ts) makes the fill meet its surroundings on the outline,
 *    and smooth parts of the fill next to a uniform area follow that area's gradient
 *    without the steps where two copies meet (inpaintFlat.ts).
 * The hole is rebuilt only from patches lying entirely on known pixels (or on the
 * optional extra source). Also does outpainting: mask the empty part of a larger canvas.
 */
import { pushPullFill } from './fill';
import { buildGuide } from './inpaintGuide';
import { anchorDistance, buildLevel, countValid, downscale, halvePlane, nearestKnown } from './inpaintLevels';
import type { Level, LevelData } from './inpaintLevels';
import { flattenUniform } from './inpaintFlat';
import { poissonOutline } from './inpaintPoisson';
import { addUniformSides, finestSides } from './inpaintSides';
import { priorityFill } from './inpaintPriority';
import { halfResFeatures } from './inpaintTexture';
import { computeDistances, createNnf, improveNnf, upsampleNnf, vote } from './patchmatch';
import type { Nnf } from './patchmatch';
import { MASK_ON, assertSameSize, cloneRaster, createRng } from './raster';
import type { Mask, Raster } from './raster';
import { resize } from './resample';

export interface InpaintOptions {
  /** Seeds the random NNF initialisation and search; same seed → same bytes. */
  seed: number;
  /** Odd patch side in pixels; default 7 (shrunk automatically for tiny images). */
  patchSize?: number;
  /** Extra picture to copy patches from (e.g. an Image2Image reference); resized to the image size. */
  source?: Raster;
  /** EM iterations on the coarsest level; default 4 (finer coarse levels run half, the half-scale level one, the finest only copies and votes). */
  iterations?: number;
}

/** Weight of the context guide on the coarse levels (see inpaintGuide.ts). */
const GUIDE = 0.2;
/** Coarsest level must offer at least this many legal source patches to be worth using. */
const MIN_SOURCES = 32;
/** Random-search radius on levels that start from an upsampled field (±1 coarse pixel is already close). */
const FINE_SEARCH_RADIUS = 16;

/**
 * Fill every pixel with mask >= 128. Pixels outside stay byte-identical; filled
 * pixels come out opaque. Throws RangeError when nothing is known to copy from.
 */
export function inpaint(image: Raster, mask: Mask, opts: InpaintOptions): Raster {
  assertSameSize(image, mask, 'inpaint');
  const { width: w, height: h } = image;
  const hole = new Uint8Array(w * h);
  let holes = 0;
  for (let i = 0; i < hole.length; i++) {
    if (mask.data[i]! >= MASK_ON) {
      hole[i] = 1;
      holes++;
    }
  }
  const out = cloneRaster(image);
  if (holes === 0) return out;
  if (holes === w * h && !opts.source) throw new RangeError('inpaint: the mask covers everything and no source was given');

  const ps = Math.min(oddAtLeast3(opts.patchSize ?? 7), oddFloor(Math.min(w, h)));
  const r = (ps - 1) >> 1;
  const rng = createRng(opts.seed);
  const iterations = Math.max(1, Math.round(opts.iterations ?? 4));
  const pyramid = buildPyramid(toRgb(image, hole), hole, w, h, opts.source, r);

  let prev: { L: Level; nnf: Nnf } | null = null;
  let upsampled = false; // the finest level took its field from the half-scale one
  let filled = pyramid[0]!.top;
  for (let l = pyramid.length - 1; l >= 0; l--) {
    const L = buildLevel(pyramid[l]!, r);
    if (l > 0) L.guide = buildGuide(L, GUIDE);
    filled = L.img;
    let nnf: Nnf;
    if (!prev) {
      if (L.validList.length === 0 || r === 0) {
        // No legal patch at all (tiny image / almost everything masked): a smooth fill is all we can honestly do.
        seedSmooth(L);
        break;
      }
      nnf = createNnf(L.w * L.h);
      priorityFill(L, nnf, rng);
      // The copied patches leave the hole's texture features unset: rebuild them, keeping the copied colours.
      if (L.tex) voteFeaturesOnly(L, nnf);
    } else {
      nnf = upsampleNnf(prev.L, prev.nnf, L, rng);
      // The finest level takes its field from the converged half-scale level as it is (searching
      // 100k+ full-resolution patches would cost most of the time budget for little gain).
      if (l === 0) {
        prev = { L, nnf };
        upsampled = true;
        break;
      }
      vote(L, nnf, false);
    }
    computeDistances(L, nnf);
    // The coarsest level searches globally with full EM; levels that start from an upsampled,
    // already converged field refine locally: half the iterations, once at half scale.
    const iters = l === 1 ? 1 : prev ? Math.ceil(iterations / 2) : iterations;
    const radius = prev ? FINE_SEARCH_RADIUS : Infinity;
    for (let it = 0; it < iters; it++) {
      improveNnf(L, nnf, rng, 0, radius);
      // At half scale one forward sweep is enough: the backward one moved PSNR, texture and seam by < 0.03.
      if (l > 1) improveNnf(L, nnf, rng, 1, radius);
      vote(L, nnf, true);
      // The next level starts from the sources alone and costs them itself.
      if (it < iters - 1) computeDistances(L, nnf);
    }
    prev = { L, nnf };
  }
  if (prev) {
    finalColours(prev.L, prev.nnf, upsampled);
    poissonOutline(prev.L, prev.nnf, finestSides(pyramid) ?? undefined);
    flattenUniform(prev.L);
  }
  for (let p = 0; p < w * h; p++) {
    if (!hole[p]) continue;
    out.data[p * 4] = Math.round(filled[p * 3]!);
    out.data[p * 4 + 1] = Math.round(filled[p * 3 + 1]!);
    out.data[p * 4 + 2] = Math.round(filled[p * 3 + 2]!);
    out.data[p * 4 + 3] = 255;
  }
  return out;
}

/**
 * Downscale until the hole is at most about two patches deep (so the structure-first
 * start at the coarsest level only has to bridge short distances), while keeping
 * enough room and enough legal source patches at every level.
 */
function buildPyramid(top: Float32Array, hole: Uint8Array, w: number, h: number, source: Raster | undefined, r: number): LevelData[] {
  const extra = source ? toRgb(resize(source, w, h), null) : null;
  const anchor = nearestKnown(hole, w, h);
  const levels: LevelData[] = [{ w, h, top, hole, extra, anchor }];
  let depth = 0;
  for (let i = 0; i < hole.length; i++) if (hole[i]) depth = Math.max(depth, Math.min(anchorDistance(anchor, w, i), Math.max(w, h)));
  const ps = 2 * r + 1;
  for (let k = 0; depth / 2 ** k > 2 * ps; k++) {
    const next = downscale(levels[levels.length - 1]!);
    if (Math.min(next.w, next.h) < 3 * ps || countValid(next, r) < MIN_SOURCES) break;
    levels.push(next);
  }
  addTextureFeatures(levels);
  addUniformSides(levels, r);
  return levels;
}

/**
 * Texture features for every coarse level, averaged over the coarsest level's pixel
 * (its footprint in full-resolution pixels), measured on the full picture.
 */
function addTextureFeatures(levels: LevelData[]): void {
  if (levels.length < 2) return;
  const [top, half] = [levels[0]!, levels[1]!];
  const radius = Math.max(1, 2 ** (levels.length - 3));
  half.tex = halfResFeatures(top.top, top.hole, top.w, top.h, radius);
  if (top.extra) half.extraTex = halfResFeatures(top.extra, null, top.w, top.h, radius);
  for (let k = 2; k < levels.length; k++) {
    const [fine, coarse] = [levels[k - 1]!, levels[k]!];
    coarse.tex = halvePlane(fine.tex!, 2, fine.w, fine.h);
    if (fine.extraTex) coarse.extraTex = halvePlane(fine.extraTex, 2, fine.w, fine.h);
  }
}

/**
 * Final colours: half the Wexler vote (coherent, averaged over the patches that
 * cover a pixel; every other one each way when the field was upsampled, see vote)
 * and half the copied centre pixel (keeps grain), so the fill is
 * neither smeared nor speckled with the seams of copied patches. Sources lie on
 * known pixels only, so the copy can be read after the vote has written the hole.
 */
function finalColours(L: Level, nnf: Nnf, upsampled: boolean): void {
  vote(L, nnf, true, upsampled);
  const { w, h, r, img, hole } = L;
  for (let y = 0; y < h; y++) {
    const ty = clampInt(y, r, h - 1 - r);
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (!hole[p]) continue;
      const tx = clampInt(x, r, w - 1 - r);
      const t = ty * w + tx;
      const q = ((nnf.sy[t]! + y - ty) * w + nnf.sx[t]! + x - tx) * 3;
      img[p * 3] = 0.5 * (img[p * 3]! + img[q]!);
      img[p * 3 + 1] = 0.5 * (img[p * 3 + 1]! + img[q + 1]!);
      img[p * 3 + 2] = 0.5 * (img[p * 3 + 2]! + img[q + 2]!);
    }
  }
}

/** Votes the hole's texture features from the field's sources while keeping the colours already there. */
function voteFeaturesOnly(L: Level, nnf: Nnf): void {
  const colours = L.img.slice(0, L.w * L.h * 3);
  vote(L, nnf, false);
  L.img.set(colours);
}

function clampInt(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Membrane fill of the hole from its border; the extra source stands in when nothing is known. */
function seedSmooth(L: Level): void {
  const known = new Uint8Array(L.w * L.h);
  for (let i = 0; i < known.length; i++) known[i] = L.hole[i] ? 0 : 1;
  const top = L.img.subarray(0, L.w * L.h * 3);
  if (!pushPullFill(top, known, L.w, L.h, 3) && L.rows > L.h) top.set(L.img.subarray(L.w * L.h * 3));
}

function toRgb(r: Raster, hole: Uint8Array | null): Float32Array {
  const n = r.width * r.height;
  const out = new Float32Array(n * 3);
  for (let p = 0; p < n; p++) {
    if (hole?.[p]) continue;
    out[p * 3] = r.data[p * 4]!;
    out[p * 3 + 1] = r.data[p * 4 + 1]!;
    out[p * 3 + 2] = r.data[p * 4 + 2]!;
  }
  return out;
}

function oddAtLeast3(n: number): number {
  const v = Math.max(3, Math.round(n));
  return v % 2 === 1 ? v : v + 1;
}

function oddFloor(n: number): number {
  return n % 2 === 1 ? n : n - 1;
}
