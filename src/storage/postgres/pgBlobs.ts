import type pg from 'pg';
import type { BlobStore } from '../blobStore';

/** Image bytes in the `blobs` table (bytea): one database to run and back up for a team. */
export function createPgBlobs(pool: pg.Pool): BlobStore {
  async function get(key: { hash: string; ext: string }): Promise<Uint8Array | null> {
    const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM blobs WHERE hash = $1 AND ext = $2', [key.hash, key.ext]);
    return rows[0]?.data ?? null;
  }
  return {
    async has(key) {
      const { rowCount } = await pool.query('SELECT 1 FROM blobs WHERE hash = $1 AND ext = $2', [key.hash, key.ext]);
      return (rowCount ?? 0) > 0;
    },
    async put(key, bytes) {
      // One statement: a reader sees the whole blob or none; a second writer of the same bytes changes nothing.
      await pool.query('INSERT INTO blobs (hash, ext, data) VALUES ($1, $2, $3) ON CONFLICT (hash, ext) DO NOTHING', [key.hash, key.ext, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
    },
    get,
    async open(key) {
      const data = await get(key);
      if (!data) return null;
      return {
        size: data.byteLength,
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(data);
            controller.close();
          },
        }),
      };
    },
    // The pool is shared with the index, which closes it.
    close: async () => {},
  };
}
