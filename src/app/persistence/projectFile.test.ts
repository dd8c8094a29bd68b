import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './binaryText';
import { buildProjectFile, parseProjectFile, type ProjectInput } from './projectFile';
import { sampleWork } from './testWork';
import { encodeMaskAlpha } from './workContent';

/** Image bytes that are not text: every byte value, so nothing but a binary entry keeps them. */
const imageBytes = (tag: string) => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7 + tag.length) % 256);

function projectInput(): ProjectInput {
  const work = sampleWork();
  work.document.region = { frame: { x: 8, y: 4, width: 40, height: 32 }, padding: 96, resolution: 1536 };
  const assets = Object.fromEntries(Object.entries(work.assets).map(([id, a]) => [id, { name: a.name, mimeType: a.mimeType, bytes: imageBytes(id) }]));
  const masks = Object.fromEntries(Object.entries(work.masks).map(([id, mask]) => [id, { width: mask.width, height: mask.height, alphaRle: encodeMaskAlpha(mask) }]));
  return { ...work, assets, masks };
}

const built = () => buildProjectFile(projectInput(), new Date('2025-03-14T09:32:00Z'));

/** The saved file with its manifest changed (and entries kept). */
function withManifest(change: (manifest: Record<string, unknown>) => void, drop?: string): Uint8Array {
  const files = unzipSync(built());
  const manifest = JSON.parse(strFromU8(files['project.json']!)) as Record<string, unknown>;
  change(manifest);
  files['project.json'] = strToU8(JSON.stringify(manifest));
  if (drop) delete files[drop];
  return zipSync(files);
}

const assetBytes = async (source: Blob | string) => new Uint8Array(await (source as Blob).arrayBuffer());

describe('project file', () => {
  it('round-trips the work, the region, images byte for byte and exact mask pixels (soft edges too)', async () => {
    const result = parseProjectFile(built());
    if (!result.ok) throw new Error(result.message);
    const input = projectInput();
    const work = sampleWork();
    expect(result.content.document).toEqual(input.document);
    expect(result.content.document.region).toEqual({ frame: { x: 8, y: 4, width: 40, height: 32 }, padding: 96, resolution: 1536 });
    expect(result.content.params).toEqual(input.params);
    expect(result.content.tasks).toEqual(input.tasks);
    expect(result.content.selectedResult).toEqual(input.selectedResult);
    for (const [id, asset] of Object.entries(input.assets)) {
      const read = result.content.assets[id]!;
      expect(read.source).toBeInstanceOf(Blob);
      expect([read.name, read.mimeType]).toEqual([asset.name, asset.mimeType]);
      expect(await assetBytes(read.source)).toEqual(asset.bytes);
    }
    expect(result.content.masks.main).toEqual(work.masks.main);
    expect(result.content.masks['unit-1']?.alpha).toEqual(new Uint8Array(64 * 64));
  });

  it('is a zip: images are binary entries of their original bytes, not base64 text', () => {
    const files = unzipSync(built());
    const manifest = JSON.parse(strFromU8(files['project.json']!)) as { format: string; version: number; savedAt: string; assets: Record<string, { entry: string }> };
    expect(manifest).toMatchObject({ format: 'picpik-studio-project', version: 2, savedAt: '2025-03-14T09:32:00.000Z' });
    const photo = manifest.assets['asset-photo']!;
    expect(photo.entry).toBe('assets/0.png');
    expect(files[photo.entry]).toEqual(imageBytes('asset-photo'));
    expect(strFromU8(files['project.json']!)).not.toContain(bytesToBase64(imageBytes('asset-photo')).slice(0, 40));
  });

  it('still opens version 1 files (one JSON, images as data URIs)', () => {
    const work = sampleWork();
    const masks = { main: { width: 64, height: 64, alphaRle: bytesToBase64(encodeMaskAlpha(work.masks.main!)) } };
    const assets = Object.fromEntries(Object.entries(work.assets).map(([id, a]) => [id, { name: a.name, mimeType: a.mimeType, dataUri: a.source }]));
    const { document, params, tasks, selectedResult } = work;
    const v1 = JSON.stringify({ format: 'picpik-studio-project', version: 1, savedAt: 'x', document, params, tasks, selectedResult, assets, masks });
    const result = parseProjectFile(strToU8(v1));
    if (!result.ok) throw new Error(result.message);
    expect(result.content.assets['asset-photo']?.source).toBe(work.assets['asset-photo']?.source);
    expect(result.content.masks.main).toEqual(work.masks.main);
  });

  it('refuses what is not a project, naming why', () => {
    expect(parseProjectFile(strToU8('{nope'))).toEqual({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(parseProjectFile(strToU8('{"hello":1}'))).toEqual({ ok: false, message: expect.stringMatching(/not a PICPIK Studio project/) });
    expect(parseProjectFile(zipSync({ 'readme.txt': strToU8('hi') }))).toEqual({ ok: false, message: expect.stringMatching(/no project\.json/) });
    expect(parseProjectFile(Uint8Array.of(0x50, 0x4b, 3, 4, 9, 9))).toEqual({ ok: false, message: expect.stringMatching(/damaged: it is not a readable zip/) });
  });

  it('refuses another format version, naming both', () => {
    const result = parseProjectFile(withManifest((manifest) => (manifest.version = 3)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/version 3.*versions 1 and 2/) });
  });

  it('names the damaged field', () => {
    const result = parseProjectFile(withManifest((manifest) => ((manifest.document as Record<string, unknown>).width = 'wide')));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/damaged: document\.width/) });
    const region = parseProjectFile(withManifest((manifest) => (((manifest.document as Record<string, Record<string, unknown>>).region!).padding = -1)));
    expect(region).toEqual({ ok: false, message: expect.stringMatching(/document\.region\.padding/) });
  });

  it('refuses a file that lacks an image it uses, in the manifest or as an entry', () => {
    const unnamed = parseProjectFile(withManifest((manifest) => delete (manifest.assets as Record<string, unknown>)['asset-bottle']));
    expect(unnamed).toEqual({ ok: false, message: expect.stringMatching(/asset-bottle/) });
    const entryGone = parseProjectFile(withManifest(() => {}, 'assets/0.png'));
    expect(entryGone).toEqual({ ok: false, message: expect.stringMatching(/the image asset-photo it uses is not in it/) });
  });

  it('refuses mask pixels that do not decode to the stated size', () => {
    const result = parseProjectFile(withManifest((manifest) => ((manifest.masks as Record<string, Record<string, unknown>>).main!.width = 65)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/mask "main".*65 × 64/) });
  });
});
