import { z } from 'zod';
import type { Model } from '../../picpik/models';

/**
 * A PICPIK request as the history archives it, read leniently: a field that is absent or
 * not of the expected shape reads as undefined (`.catch`), so the recall keeps the form's
 * own value for it instead of failing the whole recall.
 */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const zModelLike = z
  .looseObject({ ModelCode: z.string().min(1), InferenceParams: z.record(z.string(), z.unknown()).optional() })
  .transform((model) => model as Model);

/** An archived image body: its sha256 (the name of the archived input file) and size. */
const zImageRef = z.looseObject({ Hash: z.string(), Bytes: z.number().optional() });
export type ImageRef = z.infer<typeof zImageRef>;

const zImageRefList = z.looseObject({ Count: z.number().optional(), Images: z.array(zImageRef.nullable().catch(null)).optional() });

const index = z.int().nonnegative();
const zReference = z.looseObject({ ImageIndex: index, ReferStrength: z.number().optional(), ResizeMode: z.string().optional() });

const zControlNetUnit = z.looseObject({
  ImageIndex: index,
  MaskIndex: index.optional(),
  InvertMask: z.boolean().optional(),
  PreProcessor: zModelLike,
  ControlModel: zModelLike,
});

const zLegacyControl = z.looseObject({
  ControlPreSetId: z.number(),
  ControlWeight: z.number().optional(),
  ControlNetImg: lenient(zImageRef),
  ModelId: z.number().optional(),
  PreProcessorId: z.number().optional(),
  PreProcessorResolution: z.number().optional(),
  StartingControlStep: z.number().optional(),
  EndingControlStep: z.number().optional(),
  ControlMode: z.string().optional(),
  ResizeMode: z.string().optional(),
  Param1Value: z.number().optional(),
  Param2Value: z.number().optional(),
});

export const zArchivedRequest = z.looseObject({
  MainModel: lenient(zModelLike),
  SubModelList: lenient(z.array(zModelLike)),
  PositivePrompts: lenient(z.array(z.string())),
  NegativePrompts: lenient(z.array(z.string())),
  TranslatePrompts: lenient(z.boolean()),
  Seed: lenient(z.number()),
  Width: lenient(z.int()),
  Height: lenient(z.int()),
  BatchSize: lenient(z.number()),
  UseMainModelVAE: lenient(z.boolean()),
  Tileable: lenient(z.boolean()),
  Image2Image: lenient(zReference),
  ControlNetList: lenient(z.array(zControlNetUnit)),
  Masked: lenient(
    z.looseObject({
      ImageIndex: index,
      MaskIndex: index,
      ReferStrength: z.number().optional(),
      InvertMask: z.boolean().optional(),
      MaskBlur: z.number().optional(),
      PromptsMoreImportant: z.boolean().optional(),
    }),
  ),
  TransparentForeground: lenient(z.looseObject({ ImageIndex: index, ResizeMode: z.string().optional() })),
  BackgroundImage2Image: lenient(zReference),
  RawImageIndex: lenient(index),
  MaskIndex: lenient(index),
  PatternImageIndex: lenient(index),
  PatternReferStrength: lenient(z.number()),
  ChaoticMode: lenient(z.boolean()),
  ColorCorrection: lenient(z.boolean()),
  ImageAndMaskList: lenient(zImageRefList),
  ImageList: lenient(zImageRefList),
  // GenerateTxt2Img (legacy names)
  ModelType: lenient(z.string()),
  MainModelId: lenient(z.number()),
  SubModelIds: lenient(z.array(z.number())),
  SubModelParams: lenient(z.array(z.looseObject({ SubModelId: z.number().optional(), ControlWeight: z.number().optional() }))),
  Steps: lenient(z.number()),
  CfgScale: lenient(z.number()),
  Sampler: lenient(z.string()),
  ClipSkip: lenient(z.number()),
  TranslatePrompt: lenient(z.boolean()),
  EnableControlNet: lenient(z.boolean()),
  ControlNetParams: lenient(z.array(zLegacyControl)),
  UseCustomMainModelVae: lenient(z.boolean()),
});
export type ArchivedRequest = z.infer<typeof zArchivedRequest>;

/** Never throws: anything unreadable becomes an empty request (the form stays as it is). */
export function readArchivedRequest(params: Record<string, unknown>): ArchivedRequest {
  const parsed = zArchivedRequest.safeParse(params);
  return parsed.success ? parsed.data : zArchivedRequest.parse({});
}
