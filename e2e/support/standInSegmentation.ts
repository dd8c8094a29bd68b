import sharp from 'sharp';

/**
 * What the PICPIK stand-in answers for RemoveBackground and ExtractContents, like the service:
 * it refuses a Box or a point outside RawImage, and returns a picture of RawImage's size —
 * the mask (OnlyMask, white = the subject) or the RGBA cut-out. The backdrop is what has the
 * border's hue at about its brightness (soft shadows included) and touches the border; the
 * subject is the rest (holes filled), inside Box, the parts touching the include points,
 * minus a disc around each exclude point.
 */
type Point = { X: number; Y: number };

export class StandInRefusal extends Error {}

async function rawImage(dataUri: string) {
  const bytes = Buffer.from(dataUri.slice(dataUri.indexOf(',') + 1), 'base64');
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { rgba: data, width: info.width, height: info.height };
}

function borderColour(rgba: Buffer, width: number, height: number): [number, number, number] {
  const sum = [0, 0, 0];
  let count = 0;
  const add = (x: number, y: number) => {
    for (let c = 0; c < 3; c++) sum[c]! += rgba[(y * width + x) * 4 + c]!;
    count++;
  };
  for (let x = 0; x < width; x++) {
    add(x, 0);
    add(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    add(0, y);
    add(width - 1, y);
  }
  return [sum[0]! / count, sum[1]! / count, sum[2]! / count];
}

/** The pixels 4-connected to the seeds through `inside`. */
function connected(inside: Uint8Array, width: number, seeds: Point[]): Uint8Array {
  const out: Uint8Array = new Uint8Array(inside.length);
  const stack = seeds.map((p) => p.Y * width + p.X).filter((i) => inside[i]);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (out[i]) continue;
    out[i] = 1;
    const x = i % width;
    if (x > 0 && inside[i - 1] && !out[i - 1]) stack.push(i - 1);
    if (x < width - 1 && inside[i + 1] && !out[i + 1]) stack.push(i + 1);
    if (i >= width && inside[i - width] && !out[i - width]) stack.push(i - width);
    if (i + width < inside.length && inside[i + width] && !out[i + width]) stack.push(i + width);
  }
  return out;
}

export async function segmentationAnswer(body: Record<string, unknown>): Promise<Buffer> {
  const { rgba, width, height } = await rawImage(String(body.RawImage));
  const box = body.Box as [number, number, number, number] | undefined;
  if (box && (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height || box[0] >= box[2] || box[1] >= box[3])) {
    throw new StandInRefusal(`Box [${box.join(', ')}] is outside the ${width} × ${height} image`);
  }
  const include = (body.IncludePointList as Point[] | undefined) ?? [];
  const exclude = (body.ExcludePointList as Point[] | undefined) ?? [];
  for (const p of [...include, ...exclude]) {
    if (p.X < 0 || p.Y < 0 || p.X >= width || p.Y >= height) throw new StandInRefusal(`Point {X: ${p.X}, Y: ${p.Y}} is outside the ${width} × ${height} image`);
  }
  const [r, g, b] = borderColour(rgba, width, height);
  const border = r + g + b;
  const backdropLike = new Uint8Array(width * height);
  for (let i = 0; i < backdropLike.length; i++) {
    const [pr, pg, pb] = [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!];
    const sum = pr + pg + pb || 1;
    const hue = Math.abs(pr / sum - r / border) + Math.abs(pg / sum - g / border) + Math.abs(pb / sum - b / border);
    const light = sum / border;
    backdropLike[i] = hue < 0.02 && light > 0.6 && light < 1.15 ? 1 : 0;
  }
  const seeds: Point[] = [];
  for (let x = 0; x < width; x++) seeds.push({ X: x, Y: 0 }, { X: x, Y: height - 1 });
  for (let y = 0; y < height; y++) seeds.push({ X: 0, Y: y }, { X: width - 1, Y: y });
  const backdrop = connected(backdropLike, width, seeds);
  let subject: Uint8Array = new Uint8Array(width * height);
  for (let i = 0; i < subject.length; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    subject[i] = !backdrop[i] && (!box || (x >= box[0] && x < box[2] && y >= box[1] && y < box[3])) ? 1 : 0;
  }
  if (include.length > 0) subject = connected(subject, width, include);
  const radius = Math.max(4, Math.round(width * 0.02));
  for (const p of exclude) {
    for (let y = Math.max(0, p.Y - radius); y <= Math.min(height - 1, p.Y + radius); y++) {
      for (let x = Math.max(0, p.X - radius); x <= Math.min(width - 1, p.X + radius); x++) if (Math.hypot(x - p.X, y - p.Y) <= radius) subject[y * width + x] = 0;
    }
  }
  if (body.OnlyMask === true) {
    return sharp(Buffer.from(subject.map((v) => v * 255)), { raw: { width, height, channels: 1 } }).png().toBuffer();
  }
  const cut = Buffer.from(rgba);
  for (let i = 0; i < subject.length; i++) cut[i * 4 + 3] = subject[i] ? 255 : 0;
  return sharp(cut, { raw: { width, height, channels: 4 } }).png().toBuffer();
}
