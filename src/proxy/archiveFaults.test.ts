import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImageFault } from './testing/fakeImageHost';
import { fakePng } from './testing/fakeImageHost';
import { createFakeResolver } from './testing/fakeResolver';
import { closingStudios, generateRequest } from './testing/picpikStudio';

// Result downloads failing: the answer keeps PICPIK's URLs, the archive stays consistent, a later poll retries.
const studio = closingStudios();

/** Every file under files/ (temp files start with ".tmp-"). */
function storedFiles(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

const FAULTS: [ImageFault, RegExp][] = [
  ['http500', /answered HTTP 500/],
  ['hang', /did not finish within 1 s/],
  ['truncated', /was cut short: \d+ of \d+ bytes/],
  ['incomplete', /incomplete PNG file \(truncated\)/],
  ['wrongType', /not a PNG, JPEG or WEBP image \(Content-Type: text\/html\)/],
];

describe('result downloads that fail', () => {
  it.each(FAULTS)('%s: the task is not archived as finished, no partial file, the next poll completes it', async (fault, message) => {
    const s = studio();
    const submitted = await s.post(generateRequest(`download-${fault}`));
    const taskUid = submitted.body.TaskUID as string;
    const good = await s.images.addPng('/good.png', { color: '#00aa00' });
    const badUrl = s.images.addFault('/bad.png', fault);
    s.upstream.finishTask(taskUid, { ImgList: [good.url, `${badUrl}?Signature=result-url-secret`] });

    const detail = await s.poll(taskUid);
    expect(detail.ImgList).toEqual([good.url, `${badUrl}?Signature=result-url-secret`]);
    const task = (await s.archive.getTask(taskUid))!;
    expect(task).toMatchObject({ finishedAt: null, images: [] });
    expect(storedFiles(s.dataDir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
    const failure = s.logs.find((log) => log.event === 'archive-download-failed')!;
    expect(failure.message).toMatch(message);
    expect(JSON.stringify(s.logs)).not.toContain('result-url-secret');

    // The host recovers: the next poll archives both images and the task is finished with them.
    const fixed = await fakePng(16, 16, '#0000aa');
    s.images.add('/bad.png', () => new Response(new Uint8Array(fixed), { headers: { 'Content-Type': 'image/png' } }));
    const again = await s.poll(taskUid);
    expect(again.ImgList).toEqual([expect.stringMatching(/^\/files\//), expect.stringMatching(/^\/files\//)]);
    const archived = (await s.archive.getTask(taskUid))!;
    expect(archived.finishedAt).not.toBeNull();
    expect(archived.images.map((image) => image.bytes)).toEqual([good.bytes.length, fixed.length]);
    for (const image of archived.images) expect(await s.archive.readImage(image.hash)).not.toBeNull();
  });
});

describe('result hosts on private networks', () => {
  const PRIVATE_TARGETS = ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.20', '169.254.169.254', '0.0.0.0', '::1', 'fd12::1', 'fe80::1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:a00:1::1', '198.18.0.1'];

  it.each(PRIVATE_TARGETS)('refuses a result host resolving to %s, and fetches nothing', async (address) => {
    const resolveHost = createFakeResolver({ 'results.picpik.test': ['93.184.215.7', address] });
    const s = studio({ resolveHost });
    const png = await s.images.addPng('/r.png');
    s.upstream.finishTask('private-host-task', { ImgList: [png.url] });
    expect((await s.poll('private-host-task')).ImgList).toEqual([png.url]);
    expect(s.images.requests).toEqual([]);
    expect(resolveHost.asked).toEqual(['results.picpik.test']);
    expect(s.logs.find((log) => log.event === 'archive-download-failed')!.message).toMatch(/private or local address .*ARCHIVE_ALLOW_PRIVATE_HOSTS/);
    expect((await s.archive.getTask('private-host-task'))!.finishedAt).toBeNull();
  });

  it('refuses a host that does not resolve', async () => {
    const s = studio({ resolveHost: createFakeResolver({}) });
    const png = await s.images.addPng('/r.png');
    s.upstream.finishTask('unresolved', { ImgList: [png.url] });
    await s.poll('unresolved');
    expect(s.images.requests).toEqual([]);
    expect(s.logs.find((log) => log.event === 'archive-download-failed')!.message).toMatch(/cannot resolve results.picpik.test/);
  });

  it('downloads from a private host when ARCHIVE_ALLOW_PRIVATE_HOSTS=true', async () => {
    const resolveHost = createFakeResolver({ 'results.picpik.test': ['10.0.0.5'] });
    const s = studio({ resolveHost, env: { ARCHIVE_ALLOW_PRIVATE_HOSTS: 'true' } });
    const png = await s.images.addPng('/r.png');
    s.upstream.finishTask('lan-task', { ImgList: [png.url] });
    expect((await s.poll('lan-task')).ImgList).toEqual([expect.stringMatching(/^\/files\//)]);
    expect(resolveHost.asked).toEqual([]);
  });
});
