import { Hono, type Context } from 'hono';
import type { Archive } from '../../storage/archive';
import { ARCHIVED_FILE_NAME } from '../../storage/imageFiles';
import { studioError } from '../errors';
import { RET } from '../retCodes';

const notFound = (c: Context) => studioError(c, 404, RET.notFound, 'No archived file by that name');

/**
 * GET /files/<sha256>.<png|jpg|webp>: archived images, from whichever blob store the studio uses.
 * Mounted outside /api on purpose: an <img src> cannot send the bearer token, and the names are
 * content hashes, which cannot be guessed or listed. A file never changes under its name, so
 * browsers may cache it forever.
 */
export function createFilesRoute(archive: Archive): Hono {
  const files = new Hono();
  files.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  files.get('/:name', async (c) => {
    const match = ARCHIVED_FILE_NAME.exec(c.req.param('name'));
    if (!match) return notFound(c);
    const [, hash, ext] = match as unknown as [string, string, string];
    const found = await archive.openFile(hash);
    if (!found || found.ext !== ext) {
      await found?.body.cancel();
      return notFound(c);
    }
    return c.body(found.body, 200, {
      'Content-Type': found.mime,
      'Content-Length': String(found.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${hash}"`,
    });
  });
  files.all('*', notFound);
  return files;
}
