import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Backend } from '../core/backend';
import { PNG_1X1_BASE64 } from '../picpik/testFixtures';
import { silentLogger } from '../core/logger';

describe('upload gate (MAX_CONCURRENT_UPLOADS)', () => {
  it('handles at most N large bodies at once while small requests pass alongside', async () => {
    let active = 0;
    let peak = 0;
    const backend: Backend = {
      mode: 'local',
      async handle(request) {
        const large = request.Action === 'RemoveBackground';
        if (large) peak = Math.max(peak, ++active);
        await new Promise((resolve) => setTimeout(resolve, large ? 40 : 0));
        if (large) active--;
        return { status: 200, body: { RetCode: 0, Action: request.Action, TaskUID: 't' } };
      },
    };
    const app = createApp({ backend, logger: silentLogger, version: 't', maxBodyMb: 8, maxConcurrentUploads: 2 });
    const send = (body: object) => {
      const text = JSON.stringify(body);
      return app.request('/api/picpik', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(text.length) }, body: text });
    };
    // A PNG signature and IHDR (24 bytes, 32 base64 characters) passes validation; the rest is bulk.
    const big = { Action: 'RemoveBackground', RawImage: PNG_1X1_BASE64.slice(0, 32) + 'A'.repeat(1_200_000) };
    let uploadsDone = 0;
    const uploads = Array.from({ length: 5 }, async () => {
      const response = await send(big);
      uploadsDone++;
      return response;
    });
    expect((await send({ Action: 'ListModels' })).status).toBe(200);
    expect(uploadsDone).toBeLessThan(5); // the query did not queue behind the uploads
    expect((await Promise.all(uploads)).map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(peak).toBe(2);
  });
});
