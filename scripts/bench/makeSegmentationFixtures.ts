// Regenerates the segmentation fixtures (src/engine/testing/segmentation/*.jpg) from
// scikit-image's sample data as Debian ships it (apt-get install python3-skimage).
// Only the crops are committed; the outlines live in segmentationCases.ts.
// Run: node --import tsx scripts/bench/makeSegmentationFixtures.ts [skimage data folder]
import { join } from 'node:path';
import sharp from 'sharp';
import { FIXTURE_CROPS, FIXTURE_DIR } from '../../src/engine/testing/segmentation/sources';

const dataDir = process.argv[2] ?? '/usr/lib/python3/dist-packages/skimage/data';
for (const crop of FIXTURE_CROPS) {
  const { left, top, width, height } = crop;
  let pipeline = sharp(join(dataDir, crop.source)).extract({ left, top, width, height });
  if (crop.grey) pipeline = pipeline.greyscale();
  await pipeline.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toFile(join(FIXTURE_DIR, crop.file));
  console.log(`${crop.file}: ${crop.source} [${left}, ${top}] ${width}×${height}`);
}
