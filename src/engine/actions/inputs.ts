import { ImageRefusedError, decodeDataUri, decodeImage, decodeMask } from '../algorithms/codec';
import type { Mask, Raster } from '../algorithms/raster';
import { resize, resizeMask } from '../algorithms/resample';
import { EngineInputError } from './engineErrors';

/** Decodes the request's base64 images on demand, each once, and sizes them for an action. */
export class Inputs {
  private readonly decoded = new Map<number, Promise<Raster>>();

  constructor(
    private readonly list: readonly string[],
    private readonly listName: string,
  ) {}

  image(index: number, field: string): Promise<Raster> {
    let pending = this.decoded.get(index);
    if (!pending) {
      const text = this.list[index];
      if (text === undefined) throw new EngineInputError(`${field} is ${index} but ${this.listName} has ${this.list.length} entries`);
      pending = decodeImage(decodeDataUri(text)).catch((error: unknown) => {
        throw this.decodeError(error, index, field, 'an image');
      });
      this.decoded.set(index, pending);
    }
    return pending;
  }

  async imageSized(index: number, field: string, width: number, height: number): Promise<Raster> {
    const image = await this.image(index, field);
    return image.width === width && image.height === height ? image : resize(image, width, height);
  }

  /** Luminance mask, white = selected; resized to the output size when needed. */
  async mask(index: number, field: string, width: number, height: number): Promise<Mask> {
    const text = this.list[index];
    if (text === undefined) throw new EngineInputError(`${field} is ${index} but ${this.listName} has ${this.list.length} entries`);
    const mask = await decodeMask(decodeDataUri(text)).catch((error: unknown) => {
      throw this.decodeError(error, index, field, 'a mask image');
    });
    return mask.width === width && mask.height === height ? mask : resizeMask(mask, width, height);
  }

  /** Names the entry and the field that points at it; a refusal says why (format, size). */
  private decodeError(error: unknown, index: number, field: string, what: string): EngineInputError {
    const entry = this.listName === field ? field : `${this.listName}[${index}] (${field})`;
    if (error instanceof ImageRefusedError) return new EngineInputError(`${entry} ${error.message}`);
    return new EngineInputError(`${entry} is not ${what} that can be decoded`);
  }
}
