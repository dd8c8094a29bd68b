/** The image slots of a generation request: what each image is for. */
export interface ImageSlots {
  /** Base image with the foregrounds, on the (possibly extended) document. */
  picture?: string;
  /** The main mask, black/white, document size; for inpainting it also covers the uncovered area. */
  mask?: string;
  /** The foreground layers as one RGBA PNG of the document size. */
  foreground?: string;
  img2img?: string;
  background?: string;
  pattern?: string;
}

/**
 * The images a request needs, already encoded as PNG data URIs by the canvas exports.
 * The builder only wires them; which ones an action needs is decided by generate/gatherImages.ts.
 */
export interface EncodedImages extends ImageSlots {
  /** Per ControlNet unit id (or legacy control param id). */
  control?: Record<string, { image?: string; mask?: string }>;
}

export class MissingImageError extends Error {
  constructor(
    readonly slot: string,
    message: string,
  ) {
    super(message);
    this.name = 'MissingImageError';
  }
}

export function requireImage(image: string | undefined, slot: string, message: string): string {
  if (!image) throw new MissingImageError(slot, message);
  return image;
}
