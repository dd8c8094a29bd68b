/**
 * Where the segmentation fixtures come from: crops of scikit-image's sample pictures
 * (CC0 / public domain, see README.md here). `scripts/bench/makeSegmentationFixtures.ts`
 * cuts them; the object outlines that go with them are in `../segmentationCases.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = dirname(fileURLToPath(import.meta.url));

export interface FixtureCrop {
  file: string;
  source: string;
  left: number;
  top: number;
  width: number;
  height: number;
  grey?: boolean;
}

export const FIXTURE_CROPS: FixtureCrop[] = [
  { file: 'cup.jpg', source: 'coffee.png', left: 66, top: 10, width: 420, height: 384 },
  { file: 'shuttle.jpg', source: 'astronaut.png', left: 352, top: 0, width: 108, height: 234 },
  { file: 'rocket.jpg', source: 'rocket.jpg', left: 306, top: 124, width: 32, height: 280 },
  { file: 'grass.jpg', source: 'grass.png', left: 0, top: 0, width: 512, height: 512, grey: true },
  { file: 'gravel.jpg', source: 'gravel.png', left: 0, top: 0, width: 512, height: 512, grey: true },
  { file: 'brick.jpg', source: 'brick.png', left: 0, top: 0, width: 512, height: 512, grey: true },
];
