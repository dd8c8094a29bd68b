import type { ImageSlots } from '../request/encodedImages';
import type { StudioAction } from '../request/studioParams';
import { readArchivedRequest, type ArchivedRequest, type ImageRef } from './archivedRequest';

/**
 * Where each archived input image of a task goes on recall, as URLs under /files/: the picture
 * becomes the base image, the mask the main mask, the foreground a layer, references their slots.
 */
export interface RecalledInputs extends ImageSlots {
  /** By position in ControlNetList / ControlNetParams. */
  control: { image?: string; mask?: string }[];
  /** Inputs the request had but the archive does not (e.g. a type it does not store). */
  missing: string[];
}

const FILE_HASH = /([0-9a-f]{64})\.[a-z0-9]+(?:[?#].*)?$/i;

/**
 * Archived inputs are files named by the sha256 of their bytes, and the archived request
 * names each image by the same hash, so each slot finds its file by hash (the Inputs list
 * skips types the archive does not store, so positions alone could drift).
 */
function inputFinder(r: ArchivedRequest, inputs: readonly string[]) {
  const byHash = new Map<string, string>();
  for (const url of inputs) {
    const hash = FILE_HASH.exec(url)?.[1];
    if (hash) byHash.set(hash.toLowerCase(), url);
  }
  const missing: string[] = [];
  const byRef = (ref: ImageRef | null | undefined, label: string): string | undefined => {
    if (!ref) return undefined;
    const url = byHash.get(ref.Hash.toLowerCase());
    if (!url) missing.push(label);
    return url;
  };
  const list = (r.ImageAndMaskList ?? r.ImageList)?.Images ?? [];
  const at = (index: number | undefined, label: string) => {
    if (index === undefined) return undefined;
    const ref = list[index];
    if (!ref) missing.push(label);
    return byRef(ref, label);
  };
  return { at, byRef, missing };
}

/** Pure: which archived file goes to which slot for each of the five actions. */
export function recalledInputs(action: StudioAction, params: Record<string, unknown>, inputs: readonly string[]): RecalledInputs {
  const r = readArchivedRequest(params);
  const { at, byRef, missing } = inputFinder(r, inputs);
  const result: RecalledInputs = { control: [], missing };
  switch (action) {
    case 'ModifyMaskedPixels': {
      const picture = r.Masked?.ImageIndex;
      result.picture = at(picture, 'picture');
      result.mask = at(r.Masked?.MaskIndex, 'mask');
      if (r.Image2Image && r.Image2Image.ImageIndex !== picture) result.img2img = at(r.Image2Image.ImageIndex, 'Image2Image reference');
      break;
    }
    case 'ApplyReferencePattern':
      result.picture = at(r.RawImageIndex, 'picture');
      result.mask = at(r.MaskIndex, 'mask');
      result.pattern = at(r.PatternImageIndex, 'pattern');
      break;
    case 'GenerateBackgrounds':
      result.foreground = at(r.TransparentForeground?.ImageIndex, 'foreground');
      result.background = at(r.BackgroundImage2Image?.ImageIndex, 'background reference');
      break;
    case 'GenerateImages':
      result.img2img = at(r.Image2Image?.ImageIndex, 'Image2Image reference');
      result.control = (r.ControlNetList ?? []).map((unit, i) => ({
        image: at(unit.ImageIndex, `ControlNet unit ${i + 1} image`),
        mask: at(unit.MaskIndex, `ControlNet unit ${i + 1} mask`),
      }));
      break;
    case 'GenerateTxt2Img':
      result.control = (r.ControlNetParams ?? []).map((param, i) => ({ image: byRef(param.ControlNetImg, `ControlNet ${i + 1} image`) }));
      break;
  }
  return result;
}
