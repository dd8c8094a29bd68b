import sharp from 'sharp';

/**
 * A product shot made at test time: a glossy red bottle on a studio backdrop (soft grey
 * gradient and a floor shadow), with its outline known exactly. No photo is committed.
 */

/** The bottle's outline: body, shoulders and neck, in 640 × 480 picture units. */
const BOTTLE_PATH = 'M270 140 L270 110 Q270 100 280 100 L360 100 Q370 100 370 110 L370 140 Q410 165 410 205 L410 390 Q410 410 390 410 L250 410 Q230 410 230 390 L230 205 Q230 165 270 140 Z';

function svg(withBackdrop: boolean, scale: number): string {
  const backdrop = withBackdrop
    ? `<defs>
        <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#e9ecef"/><stop offset="1" stop-color="#c9ced4"/></linearGradient>
        <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#000" stop-opacity="0.28"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
      </defs>
      <rect width="640" height="480" fill="url(#wall)"/>
      <ellipse cx="320" cy="412" rx="130" ry="16" fill="url(#shadow)"/>`
    : '<rect width="640" height="480" fill="#000"/>';
  const bottle = withBackdrop
    ? `<defs><linearGradient id="glass" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#8e1320"/><stop offset="0.35" stop-color="#e0303f"/><stop offset="0.55" stop-color="#ff6b75"/><stop offset="1" stop-color="#7a0f1a"/></linearGradient></defs>
       <path d="${BOTTLE_PATH}" fill="url(#glass)"/>
       <rect x="255" y="240" width="130" height="90" rx="6" fill="#f4e9d8"/>
       <rect x="285" y="98" width="70" height="26" rx="4" fill="#2b2b2b"/>`
    : `<path d="${BOTTLE_PATH}" fill="#fff"/><rect x="285" y="98" width="70" height="26" rx="4" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${640 * scale}" height="${480 * scale}" viewBox="0 0 640 480">${backdrop}${bottle}</svg>`;
}

/** The photo as PNG bytes, `scale` × 640 × 480 pixels. */
export function productPhoto(scale = 1): Promise<Buffer> {
  return sharp(Buffer.from(svg(true, scale))).png().toBuffer();
}

/** The bottle's true outline at the same scale: one byte per pixel, 1 = bottle. */
export async function productOutline(scale = 1): Promise<Uint8Array> {
  const { data } = await sharp(Buffer.from(svg(false, scale))).greyscale().raw().toBuffer({ resolveWithObject: true });
  return Uint8Array.from(data, (value) => (value >= 128 ? 1 : 0));
}

/** Intersection over union of a mask (value ≥ 128 = in) against the true outline. */
export function iou(mask: { at: (x: number, y: number) => number; width: number; height: number }, outline: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      const a = mask.at(x, y) >= 128;
      const b = outline[y * mask.width + x] === 1;
      if (a && b) both++;
      if (a || b) either++;
    }
  }
  return either === 0 ? 0 : both / either;
}
