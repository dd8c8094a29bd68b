import type { ControlNetUnit } from '../../picpik/models';
import { requireImage, type EncodedImages } from './encodedImages';
import type { ImageListBuilder } from './imageList';
import type { ControlUnitParams } from './studioParams';

/** ControlNetList entries for the enabled units, their images and masks added to the list. */
export function controlNetList(units: readonly ControlUnitParams[], images: EncodedImages, list: ImageListBuilder): ControlNetUnit[] {
  return units
    .filter((unit) => unit.enabled)
    .map((unit, position) => {
      const encoded = images.control?.[unit.id] ?? {};
      const image = requireImage(encoded.image, `control:${unit.id}`, `ControlNet unit ${position + 1} has no image: upload one or use the canvas`);
      const entry: ControlNetUnit = {
        ImageIndex: list.add(image),
        InvertMask: unit.invertMask,
        PreProcessor: {
          ...unit.preProcessor,
          InferenceParams: { ...unit.preProcessor.InferenceParams, Resolution: unit.resolution },
        },
        ControlModel: {
          ...unit.controlModel,
          InferenceParams: {
            ...unit.controlModel.InferenceParams,
            ControlWeight: unit.controlWeight,
            StartingStep: unit.startingStep,
            EndingStep: unit.endingStep,
          },
        },
      };
      if (unit.useMask) {
        const mask = requireImage(encoded.mask, `control-mask:${unit.id}`, `ControlNet unit ${position + 1} uses a mask but none is painted`);
        entry.MaskIndex = list.add(mask);
      }
      return entry;
    });
}
