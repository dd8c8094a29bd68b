import { describe, expect, it } from 'vitest';
import { createFakeImageHost, fakePng } from '../testing/fakeImageHost';
import { describeUrl, downloadImage } from './downloadImage';

function setup(maxBytes = 1_000_000) {
  const host = createFakeImageHost('img.test');
  const download = (url: string) => downloadImage(url, { fetch: host.fetch, maxBytes, timeoutMs: 1000 });
  const redirect = (location: string, status = 302) => () => new Response(null, { status, headers: { Location: location } });
  return { host, download, redirect };
}

describe('downloadImage', () => {
  it('fetches PNG bytes', async () => {
    const { host, download } = setup();
    const { url, bytes } = await host.addPng('/a.png');
    expect(await download(url)).toEqual({ bytes, mime: 'image/png' });
  });

  it('follows up to three redirects on the same host', async () => {
    const { host, download, redirect } = setup();
    const { bytes } = await host.addPng('/final.png');
    host.add('/r1', redirect('/r2', 301));
    host.add('/r2', redirect('https://img.test/r3', 307));
    host.add('/r3', redirect('/final.png?sig=abc', 308));
    expect((await download('https://img.test/r1')).bytes).toEqual(bytes);
    expect(host.requests).toHaveLength(4);
  });

  it('refuses a fourth redirect, a redirect to another host and a redirect to another scheme', async () => {
    const { host, download, redirect } = setup();
    host.add('/loop', redirect('/loop'));
    await expect(download('https://img.test/loop')).rejects.toThrow(/more than 3 times/);
    host.add('/away', redirect('http://169.254.169.254/latest/meta-data'));
    await expect(download('https://img.test/away')).rejects.toThrow(/refused a redirect from img.test to another host \(169.254.169.254\)/);
    host.add('/file', redirect('file:///etc/passwd'));
    await expect(download('https://img.test/file')).rejects.toThrow(/only http and https/);
  });

  it('downloads only http(s) URLs', async () => {
    const { download } = setup();
    await expect(download('ftp://img.test/a.png')).rejects.toThrow(/only http and https/);
    await expect(download('not a url')).rejects.toThrow(/not a valid URL/);
  });

  it('refuses oversized images by Content-Length and by counting a stream without one', async () => {
    const { host, download } = setup(100);
    const big = await fakePng(64, 64, '#123456');
    expect(big.length).toBeGreaterThan(100);
    host.add('/declared.png', () => new Response(new Uint8Array(big), { headers: { 'Content-Length': String(big.length), 'Content-Type': 'image/png' } }));
    await expect(download('https://img.test/declared.png')).rejects.toThrow(/bytes, more than 100/);
    host.add('/streamed.png', () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new Uint8Array(64)); // endless: only the byte count can stop it
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'image/png' } });
    });
    await expect(download('https://img.test/streamed.png')).rejects.toThrow(/larger than 100 bytes/);
  });

  it('accepts sniffed images whatever the Content-Type, and refuses what is no known image', async () => {
    const { host, download } = setup();
    const png = await fakePng();
    host.add('/octet', () => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'application/octet-stream' } }));
    expect((await download('https://img.test/octet')).mime).toBe('image/png');
    host.add('/html', () => new Response('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(download('https://img.test/html')).rejects.toThrow(/not a PNG, JPEG or WEBP image \(Content-Type: text\/html\)/);
    host.add('/svg', () => new Response('<svg/>', { headers: { 'Content-Type': 'image/svg+xml' } }));
    await expect(download('https://img.test/svg')).rejects.toThrow(/not a PNG, JPEG or WEBP/);
  });

  it('reports HTTP errors, network failures and time-outs without the query string', async () => {
    const { download } = setup();
    await expect(download('https://img.test/missing.png?token=s3cr3t')).rejects.toThrow(/^https:\/\/img.test\/missing.png answered HTTP 404$/);
    const failing = (url: string) => downloadImage(url, { fetch: async () => Promise.reject(new TypeError('fetch failed')), maxBytes: 10, timeoutMs: 1000 });
    await expect(failing('https://img.test/x?token=s3cr3t')).rejects.toThrow(/^https:\/\/img.test\/x cannot be fetched: fetch failed$/);
    const hanging: typeof fetch = (_url, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    await expect(downloadImage('https://img.test/slow', { fetch: hanging, maxBytes: 10, timeoutMs: 30 })).rejects.toThrow(/did not finish within 0.03 s/);
    expect(describeUrl('https://u:p@img.test/a.png?sig=1#x')).toBe('https://img.test/a.png');
  });
});
