import { decodeDataUri, decodeImage, decodeMask } from '../algorithms/codec';
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
      pending = decodeImage(decodeDataUri(text)).catch(() => {
        throw new EngineInputError(`${this.listName}[${index}] (${field}) is not an image that can be decoded`);
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
    const mask = await decodeMask(decodeDataUri(text)).catch(() => {
      throw new EngineInputError(`${this.listName}[${index}] (${field}) is not a mask image that can be decoded`);
    });
    return mask.width === width && mask.height === height ? mask : resizeMask(mask, width, height);
  }
}
