import { z } from 'zod';
import type { PictureEdit } from '../store/documentTypes';
import type { Version, VersionLayers, VersionTree } from './versionTree';

/**
 * The zod contract of a saved version tree, built from the document's own schemas (which live
 * in persistence/workSchema.ts), so a version's layers are checked exactly like a document.
 */
export function versionTreeSchema(zLayers: z.ZodType<VersionLayers>, zEdit: z.ZodType<PictureEdit>, zRect: z.ZodType<{ x: number; y: number; width: number; height: number }>) {
  const zVersion = z.object({
    id: z.string().min(1),
    number: z.int().positive(),
    parentId: z.string().min(1).nullable(),
    action: z.string().min(1),
    params: z.record(z.string(), z.unknown()),
    seed: z.number().nullable(),
    region: zRect.nullable(),
    mask: z.string().nullable(),
    maskRasters: z.record(z.string(), z.base64()).optional(),
    variant: z.object({ taskUid: z.string().min(1), index: z.int().nonnegative(), count: z.int().positive() }).nullable(),
    createdAt: z.number(),
    patch: z.intersection(zEdit, z.object({ bytes: z.int().nonnegative() })).nullable(),
    shift: z.object({ x: z.number(), y: z.number() }),
    baseEdits: z.array(zEdit),
    layers: zLayers,
    starred: z.boolean(),
  }) satisfies z.ZodType<Version, unknown>;
  return z
    .object({ versions: z.record(z.string(), zVersion), nextNumber: z.int().positive() })
    .refine((tree) => Object.entries(tree.versions).every(([key, version]) => key === version.id), { message: 'has a version filed under another id' })
    .refine((tree) => Object.values(tree.versions).every((version) => version.parentId === null || tree.versions[version.parentId] !== undefined), {
      message: 'has a version whose parent is missing',
    }) satisfies z.ZodType<VersionTree, unknown>;
}
