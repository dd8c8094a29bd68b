import { getAsset } from '../canvas/assets';
import { recordDocumentChange } from '../canvas/commands/documentHistory';
import { clampSide, clampSizeKeepingAspect } from '../canvas/geometry/documentSize';
import { maskIds, removeMask, replaceMask, resizeAllMasks } from '../canvas/rasters/maskRegistry';
import { viewport } from '../canvas/viewport/viewport';
import type { MaskPixels } from '../persistence/workContent';
import type { StudioAction, StudioParams } from '../request/studioParams';
import { MAIN_MASK_ID, type GenerationResolution, type MaskId, type ReferenceKind, type RegionRect } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';

/** A recalled task's inputs, decoded: asset ids for images, pixels for masks. */
export interface LoadedInputs {
  picture?: string;
  mask?: MaskPixels;
  foreground?: string;
  references: Partial<Record<ReferenceKind, string>>;
  control: { image?: string; mask?: MaskPixels }[];
  /** A task of this work that covered a region of its picture: the picture stays, the region comes back. */
  region?: { frame: RegionRect; resolution: GenerationResolution };
}

const state = () => useStudioStore.getState();

function putMask(maskId: MaskId, pixels: MaskPixels): void {
  state().maskAdded(maskId);
  replaceMask(maskId, pixels.width, pixels.height, pixels.alpha);
  state().maskRestored(maskId);
}

/** The units whose ids key control images and masks: they are replaced by the recalled ones. */
function unitIds(action: StudioAction, params: StudioParams): string[] {
  if (action === 'GenerateImages') return params.controlUnits.map((unit) => unit.id);
  if (action === 'GenerateTxt2Img') return params.legacy.controlParams.map((param) => param.id);
  return [];
}

/** An empty canvas takes the task's size; one with a picture keeps its own. */
function fitEmptyCanvas(size: { width?: number | undefined; height?: number | undefined }): void {
  const doc = state().document;
  if (doc.baseImage || doc.foregrounds.length > 0 || !size.width || !size.height) return;
  const width = clampSide(size.width);
  const height = clampSide(size.height);
  if (width === doc.width && height === doc.height) return;
  state().canvasResized({ width, height, offsetX: 0, offsetY: 0 });
  resizeAllMasks(width, height, 0, 0);
}

/**
 * Puts a task's form and inputs back as ONE undo step: the picture as the base image (or, for
 * a region of this picture, the region as the frame), masks, the foreground layer, reference and
 * control images; undo also restores the form.
 */
export function applyRecall(action: StudioAction, label: string, params: StudioParams, loaded: LoadedInputs, size: { width?: number; height?: number }): void {
  const paramsBefore = state().params;
  recordDocumentChange(
    label,
    () => {
      const picture = loaded.picture ? getAsset(loaded.picture) : undefined;
      if (loaded.region) {
        state().regionFramed(loaded.region.frame);
        state().generationResolutionChanged(loaded.region.resolution);
      } else if (picture && loaded.picture) {
        const { width, height } = clampSizeKeepingAspect(picture.width, picture.height);
        state().imageOpened({ assetId: loaded.picture, width, height });
        for (const maskId of maskIds()) replaceMask(maskId, width, height, null);
        state().foregroundSelected(null);
      } else {
        fitEmptyCanvas(size);
      }
      if (loaded.mask) putMask(MAIN_MASK_ID, loaded.mask);
      if (loaded.foreground) {
        const id = `fg-recalled-${Date.now().toString(36)}`;
        state().foregroundPlaced({ id, assetId: loaded.foreground, name: 'Recalled foreground', x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: 0, opacity: 1, visible: true });
      }
      for (const [kind, assetId] of Object.entries(loaded.references)) state().referenceSet(kind as ReferenceKind, assetId);
      const recalledIds = unitIds(action, params);
      for (const oldId of unitIds(action, paramsBefore)) {
        removeMask(oldId);
        state().controlReferenceSet(oldId, null);
      }
      loaded.control.forEach((input, position) => {
        const unitId = recalledIds[position];
        if (!unitId) return;
        if (input.image) state().controlReferenceSet(unitId, input.image);
        if (input.mask) putMask(unitId, input.mask);
      });
      state().paramsRestored(params);
    },
    {
      includesMasks: true,
      sideState: { undo: () => state().paramsRestored(paramsBefore), redo: () => state().paramsRestored(params) },
    },
  );
  viewport.fitDocument();
}
