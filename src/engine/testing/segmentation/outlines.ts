/**
 * The known outlines of the fixture objects, in the pixels of the original scikit-image
 * pictures (see sources.ts), drawn by hand a pixel or two inside the real edge so a cut-out
 * never carries a sliver of the original background. A shape is the union of its parts.
 */

/** cx, cy, semi-axes a, b, rotation in degrees. */
export type Ellipse = { kind: 'ellipse'; cx: number; cy: number; a: number; b: number; deg: number };
export type Polygon = { kind: 'polygon'; points: [number, number][] };
export type Part = Ellipse | Polygon;

export interface FixtureObject {
  name: string;
  file: string;
  /** Where the crop starts in the original picture. */
  origin: [number, number];
  parts: Part[];
}

const ellipse = (cx: number, cy: number, a: number, b: number, deg: number): Ellipse => ({ kind: 'ellipse', cx, cy, a, b, deg });
const polygon = (points: [number, number][]): Polygon => ({ kind: 'polygon', points });

export const OBJECTS: FixtureObject[] = [
  {
    name: 'cup',
    file: 'cup.jpg',
    origin: [66, 10],
    parts: [
      ellipse(276.5, 226.8, 202, 157.4, -173.9), // saucer
      ellipse(290.2, 111.5, 115.1, 91.7, 185.6), // cup rim
      polygon([[400, 71], [405, 68], [414, 68], [419, 71], [420, 78], [417, 95], [414, 112], [410, 112], [403, 92], [399, 78]]), // spoon handle
    ],
  },
  {
    name: 'shuttle',
    file: 'shuttle.jpg',
    origin: [352, 0],
    parts: [
      polygon([
        [413, 5], [419, 9], [424, 17], [428, 29], [430, 41], [431, 55], [437, 55], [438, 48], [441, 43], [445, 41],
        [449, 44], [452, 52], [452, 180], [454, 200], [455, 226], [420, 229], [385, 229], [358, 226], [358, 222],
        [372, 205], [381, 190], [381, 100], [380, 55], [382, 46], [385, 42], [389, 44], [392, 50], [397, 52],
        [398, 41], [400, 29], [403, 17], [407, 9],
      ]),
    ],
  },
  {
    name: 'rocket',
    file: 'rocket.jpg',
    origin: [306, 124],
    parts: [
      polygon([
        [321, 129], [325, 132], [329, 139], [331, 148], [332, 160], [332, 176], [330, 180], [330, 399], [313, 399],
        [313, 180], [311, 176], [311, 160], [312, 148], [314, 139], [318, 132],
      ]),
    ],
  },
];

export function insidePart(part: Part, x: number, y: number): boolean {
  if (part.kind === 'ellipse') {
    const t = (part.deg * Math.PI) / 180;
    const dx = x - part.cx, dy = y - part.cy;
    const u = dx * Math.cos(t) + dy * Math.sin(t);
    const v = -dx * Math.sin(t) + dy * Math.cos(t);
    return (u / part.a) ** 2 + (v / part.b) ** 2 < 1;
  }
  // Even-odd ray casting.
  let inside = false;
  const pts = part.points;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!, [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insideObject(obj: FixtureObject, x: number, y: number): boolean {
  return obj.parts.some((p) => insidePart(p, x, y));
}
