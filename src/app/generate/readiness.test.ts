import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type StudioDocument } from '../store/documentTypes';
import { defaultStudioParams, type StudioParams } from '../request/studioParams';
import { checkReadiness, OPAQUE_FOREGROUND_MESSAGE } from './readiness';

const withImage = (doc: StudioDocument): StudioDocument => ({ ...doc, baseImage: { assetId: 'a', x: 0, y: 0, width: doc.width, height: doc.height } });
const params = (patch: Partial<StudioParams>): StudioParams => ({ ...defaultStudioParams(), ...patch });

describe('checkReadiness', () => {
  it('inpainting needs an opened image', () => {
    expect(checkReadiness(params({ action: 'ModifyMaskedPixels' }), createEmptyDocument())).toMatchObject({ ok: false, field: 'picture' });
    expect(checkReadiness(params({ action: 'ModifyMaskedPixels' }), withImage(createEmptyDocument()))).toEqual({ ok: true });
  });
  it('text-to-image needs nothing on the canvas', () => {
    expect(checkReadiness(params({ action: 'GenerateImages' }), createEmptyDocument())).toEqual({ ok: true });
  });
  it('names an out-of-range field with its range', () => {
    const result = checkReadiness(params({ action: 'GenerateImages', batchSize: 17 }), createEmptyDocument());
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/BatchSize.*1.*16/) });
  });
  it('pattern conversion needs a pattern in its slot', () => {
    const doc = withImage(createEmptyDocument());
    expect(checkReadiness(params({ action: 'ApplyReferencePattern' }), doc)).toMatchObject({ ok: false, field: 'pattern' });
    expect(checkReadiness(params({ action: 'ApplyReferencePattern' }), { ...doc, references: { control: {}, pattern: 'p' } })).toEqual({ ok: true });
  });
  it('the legacy action refuses a document larger than 1440', () => {
    const result = checkReadiness(params({ action: 'GenerateTxt2Img' }), createEmptyDocument(2048, 1024));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Width.*1440/) });
  });
  it('inpainting with nothing painted and nothing to outpaint holds Generate back, naming the mask', () => {
    const doc = withImage(createEmptyDocument(800, 600));
    expect(checkReadiness(params({ action: 'ModifyMaskedPixels' }), doc, { mainMaskPainted: false })).toMatchObject({ ok: false, field: 'mask', message: expect.stringMatching(/Paint a mask/) });
    expect(checkReadiness(params({ action: 'ModifyMaskedPixels' }), doc, { mainMaskPainted: true })).toEqual({ ok: true });
    // An extended canvas outpaints: nothing painted is fine.
    const extended = { ...doc, width: 1000 };
    expect(checkReadiness(params({ action: 'ModifyMaskedPixels' }), extended, { mainMaskPainted: false })).toEqual({ ok: true });
    expect(checkReadiness(params({ action: 'ApplyReferencePattern' }), { ...doc, references: { control: {}, pattern: 'p' } }, { mainMaskPainted: false })).toMatchObject({ ok: false, field: 'mask' });
  });
  it('Generate Backgrounds on a foreground without transparency says so', () => {
    const doc = withImage(createEmptyDocument());
    expect(checkReadiness(params({ action: 'GenerateBackgrounds' }), doc, { foregroundOpaque: true })).toEqual({ ok: false, field: 'foreground', message: OPAQUE_FOREGROUND_MESSAGE });
    expect(checkReadiness(params({ action: 'GenerateBackgrounds' }), doc, { foregroundOpaque: false })).toEqual({ ok: true });
    // Other actions do not care.
    expect(checkReadiness(params({ action: 'GenerateImages' }), doc, { foregroundOpaque: true })).toEqual({ ok: true });
  });
});
