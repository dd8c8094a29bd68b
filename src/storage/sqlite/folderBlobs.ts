import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { BlobKey, BlobStore } from '../blobStore';
import { relativeFilePath, writeFileAtomically } from '../imageFiles';

/** Blobs as files under `dataDir`: `files/ab/<hash>.<ext>` (the layout archives have always had). */
export function openFolderBlobs(dataDir: string): BlobStore & { pathOf(key: BlobKey): string } {
  mkdirSync(join(dataDir, 'files'), { recursive: true });
  const pathOf = (key: BlobKey) => join(dataDir, relativeFilePath(key.hash, key.ext));
  return {
    pathOf,
    has: async (key) => existsSync(pathOf(key)),
    async put(key, bytes) {
      const path = pathOf(key);
      if (!existsSync(path)) writeFileAtomically(path, bytes);
    },
    async get(key) {
      const path = pathOf(key);
      return existsSync(path) ? readFileSync(path) : null;
    },
    async open(key) {
      const path = pathOf(key);
      if (!existsSync(path)) return null;
      const body = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>;
      return { size: statSync(path).size, body };
    },
    close: async () => {},
  };
}
