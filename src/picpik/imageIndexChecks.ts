import type { z } from 'zod';

/** One field holding an index into the request's image list. */
export interface ImageIndexReference {
  readonly path: readonly (string | number)[];
  readonly index: number | undefined;
}

function listSizeText(listName: string, length: number | undefined): string {
  if (length === undefined) return `${listName} is missing`;
  if (length === 0) return `${listName} is empty`;
  const entries = length === 1 ? '1 entry' : `${length} entries`;
  return `${listName} has ${entries} (indices 0 to ${length - 1})`;
}

/**
 * Reports every index that does not point inside the image list, e.g.
 * "Image2Image.ImageIndex is 3 but ImageAndMaskList has 3 entries (indices 0 to 2)".
 */
export function reportIndicesOutsideList(
  ctx: z.core.$RefinementCtx,
  listName: string,
  list: readonly unknown[] | undefined,
  references: readonly ImageIndexReference[],
): void {
  const length = list?.length;
  for (const { path, index } of references) {
    if (index === undefined || index < (length ?? 0)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [...path],
      input: index,
      message: `is ${index} but ${listSizeText(listName, length)}`,
    });
  }
}
