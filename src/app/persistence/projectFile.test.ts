import { describe, expect, it } from 'vitest';
import { buildProjectFile, parseProjectFile, type ProjectInput } from './projectFile';
import { sampleWork } from './testWork';

function projectInput(): ProjectInput {
  const work = sampleWork();
  const assets = Object.fromEntries(Object.entries(work.assets).map(([id, a]) => [id, { name: a.name, mimeType: a.mimeType, dataUri: a.source as string }]));
  return { ...work, assets };
}

const saved = (change?: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(buildProjectFile(projectInput(), new Date('2025-03-14T09:32:00Z'))) as Record<string, unknown>;
  change?.(file);
  return JSON.stringify(file);
};

describe('project file', () => {
  it('round-trips the work, images and exact mask pixels (soft edges too)', () => {
    const result = parseProjectFile(saved());
    if (!result.ok) throw new Error(result.message);
    const work = sampleWork();
    expect(result.content.document).toEqual(work.document);
    expect(result.content.params).toEqual(work.params);
    expect(result.content.tasks).toEqual(work.tasks);
    expect(result.content.selectedResult).toEqual(work.selectedResult);
    expect(result.content.assets).toEqual(work.assets);
    expect(result.content.masks.main).toEqual(work.masks.main);
    expect(result.content.masks['unit-1']?.alpha).toEqual(new Uint8Array(64 * 64));
  });

  it('is versioned and says what it is', () => {
    const file = JSON.parse(saved()) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'picpik-studio-project', version: 1, savedAt: '2025-03-14T09:32:00.000Z' });
    expect((file.masks as Record<string, { alphaRle: string }>).main?.alphaRle).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('refuses what is not JSON or not a project', () => {
    expect(parseProjectFile('{nope')).toEqual({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(parseProjectFile('{"hello":1}')).toEqual({ ok: false, message: expect.stringMatching(/not a PICPIK Studio project/) });
  });

  it('refuses another format version, naming both', () => {
    const result = parseProjectFile(saved((file) => (file.version = 2)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/version 2.*version 1/) });
  });

  it('names the damaged field', () => {
    const result = parseProjectFile(saved((file) => ((file.document as Record<string, unknown>).width = 'wide')));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/damaged: document\.width/) });
    const size = parseProjectFile(saved((file) => ((file.document as Record<string, unknown>).height = 20000)));
    expect(size).toEqual({ ok: false, message: expect.stringMatching(/document\.height/) });
  });

  it('refuses a file that lacks an image it uses', () => {
    const result = parseProjectFile(saved((file) => delete (file.assets as Record<string, unknown>)['asset-bottle']));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/asset-bottle/) });
  });

  it('refuses mask pixels that do not decode to the stated size', () => {
    const result = parseProjectFile(saved((file) => ((file.masks as Record<string, Record<string, unknown>>).main!.width = 65)));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/mask "main".*65 × 64/) });
    const garbage = parseProjectFile(saved((file) => ((file.masks as Record<string, Record<string, unknown>>).main!.alphaRle = '!!')));
    expect(garbage.ok).toBe(false);
  });
});
