import { z } from 'zod';
import { DEFAULT_REGION, DOCUMENT_MAX_PIXELS, DOCUMENT_MAX_SIZE, DOCUMENT_MIN_SIZE, GENERATION_RESOLUTIONS, MAIN_MASK_ID, type StudioDocument } from '../store/documentTypes';
import type { ResultRef, SubmittedTask } from '../store/resultsSlice';
import { zStudioParams } from './studioParamsSchema';
import { versionTreeSchema } from '../versions/versionSchema';
import { versionAssetIds } from '../versions/versionTree';

/** Zod contracts of the working state as saved: the document, the form and the results tray. */

const side = z.int().min(DOCUMENT_MIN_SIZE).max(DOCUMENT_MAX_SIZE);
const coordinate = z.number().finite();
const id = z.string().min(1);

const zMaskMeta = z.object({ id, revision: z.int().nonnegative() });
const zRect = z.object({ x: z.int(), y: z.int(), width: z.int().positive(), height: z.int().positive() });
/** The generation region and the accepted results (added with full-resolution documents; older saves have none). */
const zRegion = z.object({ frame: zRect.nullable(), padding: z.int().min(0).max(1024), resolution: z.literal(GENERATION_RESOLUTIONS) });
const zPictureEdit = zRect.extend({ id, assetId: id });

/** The document without its accepted results and masks: what a version keeps besides its patch. */
const zDocumentLayers = z.object({
  width: side,
  height: side,
  baseImage: z
    .object({ assetId: id, x: coordinate, y: coordinate, width: z.number().positive(), height: z.number().positive(), hidden: z.boolean().optional() })
    .nullable(),
  foregrounds: z.array(
    z.object({
      id,
      assetId: id,
      name: z.string(),
      x: coordinate,
      y: coordinate,
      scaleX: coordinate,
      scaleY: coordinate,
      rotation: coordinate,
      opacity: z.number().min(0).max(1),
      visible: z.boolean(),
    }),
  ),
  references: z.object({
    img2img: id.optional(),
    background: id.optional(),
    pattern: id.optional(),
    control: z.record(z.string(), id),
  }),
  region: zRegion.default(DEFAULT_REGION),
});

export const zStudioDocument = zDocumentLayers
  .extend({ edits: z.array(zPictureEdit).default([]), masks: z.record(z.string(), zMaskMeta) })
  .refine((doc) => doc.width * doc.height <= DOCUMENT_MAX_PIXELS, { message: 'is larger than 100 megapixels', path: ['width'] })
  .refine((doc) => doc.masks[MAIN_MASK_ID] !== undefined, { message: 'has no main mask', path: ['masks'] })
  .refine((doc) => Object.entries(doc.masks).every(([key, meta]) => key === meta.id), { message: 'has a mask filed under another id', path: ['masks'] }) satisfies z.ZodType<StudioDocument, unknown>;

export const zSubmittedTask = z.object({
  taskUid: id,
  action: z.string(),
  submittedAt: z.number(),
  requestSummary: z.record(z.string(), z.unknown()),
  inputAssetId: id.nullable(),
  region: z
    .object({
      rect: zRect,
      generated: z.object({ width: z.int().positive(), height: z.int().positive() }),
      documentSize: z.object({ width: side, height: side }),
      anchor: z.object({ x: coordinate, y: coordinate }).nullable(),
      blend: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('mask'), feather: z.int().min(0), mask: z.string() }),
        z.object({ kind: z.literal('replace') }),
      ]),
    })
    .optional(),
}) satisfies z.ZodType<SubmittedTask, unknown>;

export const zResultRef = z.object({ taskUid: id, index: z.int().nonnegative() }) satisfies z.ZodType<ResultRef, unknown>;

/** The serialisable part of the work; pixels (assets, mask rasters) travel beside it. */
export const zStudioWork = z.object({
  document: zStudioDocument,
  params: zStudioParams,
  tasks: z.array(zSubmittedTask),
  selectedResult: zResultRef.nullable(),
  /** Added with versions; older saves have none. */
  versions: versionTreeSchema(zDocumentLayers, zPictureEdit, zRect).optional(),
});
export type StudioWork = z.infer<typeof zStudioWork>;

/** Every asset the work points at: the picture, foregrounds, reference slots, task inputs, versions. */
export function referencedAssetIds(work: Pick<StudioWork, 'document' | 'tasks' | 'versions'>): string[] {
  const { baseImage, edits, foregrounds, references } = work.document;
  const ids = [
    baseImage?.assetId,
    ...edits.map((edit) => edit.assetId),
    ...foregrounds.map((fg) => fg.assetId),
    references.img2img,
    references.background,
    references.pattern,
    ...Object.values(references.control),
    ...work.tasks.map((task) => task.inputAssetId),
    ...(work.versions ? versionAssetIds(work.versions) : []),
  ];
  return [...new Set(ids.filter((assetId): assetId is string => typeof assetId === 'string'))];
}

/** The first asset the work needs but `available` lacks, named for the message. */
export function missingAsset(work: Pick<StudioWork, 'document' | 'tasks' | 'versions'>, available: (assetId: string) => boolean): string | undefined {
  return referencedAssetIds(work).find((assetId) => !available(assetId));
}
