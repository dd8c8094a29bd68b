import type { ImageExt } from './imageFiles';

/** A blob's name: its sha256 and type (a file is never rewritten under its name). */
export interface BlobKey {
  hash: string;
  ext: ImageExt;
}

/**
 * Content-addressed image bytes. DATA_DIR/files in the embedded setup, a PostgreSQL table in a
 * team; an S3-compatible store would be one more module implementing this.
 */
export interface BlobStore {
  has(key: BlobKey): Promise<boolean>;
  /** Stores the bytes atomically (readers never see half a blob); storing an existing key is a no-op. */
  put(key: BlobKey, bytes: Uint8Array): Promise<void>;
  get(key: BlobKey): Promise<Uint8Array | null>;
  /** The blob as a stream with its size, for serving; null when absent. */
  open(key: BlobKey): Promise<{ size: number; body: ReadableStream<Uint8Array> } | null>;
  close(): Promise<void>;
}
