import type { ObjectHints } from '../store/selectionSlice';
import type { SegmentationAsk } from './segmentationRequest';
import { boxToSent, pointToSent, type SentFrame } from './sentFrame';

/** The hints in the sent image's pixels: points for ExtractContents, a lone box for RemoveBackground. */
export function askFor(hints: ObjectHints, frame: SentFrame): SegmentationAsk | null {
  const toSent = (points: ObjectHints['include']) => points.flatMap((point) => pointToSent(frame, point) ?? []);
  const include = toSent(hints.include);
  const exclude = toSent(hints.exclude);
  if (include.length > 0 || exclude.length > 0) return { kind: 'points', include, exclude };
  const box = hints.box ? boxToSent(frame, hints.box) : null;
  return box ? { kind: 'subject', box } : null;
}

/** With points and a box, the object is what the points pick inside the box. */
export function clipToBox(alpha: Uint8Array, width: number, height: number, box: [number, number, number, number], frame: SentFrame): void {
  const sx = width / frame.width;
  const sy = height / frame.height;
  const [x1, y1, x2, y2] = [box[0] * sx, box[1] * sy, box[2] * sx, box[3] * sy];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (x + 0.5 < x1 || x + 0.5 > x2 || y + 0.5 < y1 || y + 0.5 > y2) alpha[y * width + x] = 0;
  }
}
