import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFakeImageHost, fakePng } from '../testing/fakeImageHost';
import { describeUrl, downloadImage } from './downloadImage';

/** A PNG whose header declares width × height, with one tiny IDAT and IEND (CRCs correct). */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

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

  it('decode-checks what it keeps: HTML labelled image/png or dressed in image markers is refused', async () => {
    const { host, download } = setup();
    const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const serve = (path: string, bytes: Uint8Array) => host.add(path, () => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } }));
    serve('/labelled.png', Buffer.concat([html, Buffer.from(IEND)]));
    await expect(download('https://img.test/labelled.png')).rejects.toThrow(/not a PNG, JPEG or WEBP image \(Content-Type: image\/png\)/);
    const png = await fakePng(32, 32);
    serve('/dressed.png', Buffer.concat([png.subarray(0, 33), html, Buffer.from(IEND)])); // real signature and IHDR, HTML inside
    await expect(download('https://img.test/dressed.png')).rejects.toThrow(/dressed.png is not a decodable PNG image/);
    serve('/dressed.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), html, Buffer.from([0xff, 0xd9])]));
    await expect(download('https://img.test/dressed.jpg')).rejects.toThrow(/dressed.jpg is not a decodable JPG image/);
    serve('/bomb.png', pngDeclaring(16000, 16000)); // 256 MP declared in a few bytes: refused before decoding
    await expect(download('https://img.test/bomb.png')).rejects.toThrow(/bomb.png is not a decodable PNG image \(.*pixel limit/);
    serve('/real.png', png);
    expect((await download('https://img.test/real.png')).bytes).toEqual(png);
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
