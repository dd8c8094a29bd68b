import { describe, expect, it } from 'vitest';
import { archiveRequest, fileUrl } from './archiveFixtures';
import { recalledInputs } from './recalledInputs';

const img = (tag: string) => `data:image/png;base64,${btoa(`png-${tag}`)}`;
const [PIC, MASK, REF, PAT, FG, BG, CA, MA, CB] = ['pic', 'mask', 'ref', 'pattern', 'fg', 'bg', 'ca', 'ma', 'cb'].map(img) as string[] as [string, string, string, string, string, string, string, string, string];

describe('recalledInputs', () => {
  it('ModifyMaskedPixels: picture, mask and a separate Image2Image reference, found by hash', () => {
    const params = archiveRequest({ Masked: { ImageIndex: 0, MaskIndex: 1 }, Image2Image: { ImageIndex: 2 }, ImageAndMaskList: [PIC, MASK, REF] });
    // Inputs listed in another order: the hash decides, not the position.
    expect(recalledInputs('ModifyMaskedPixels', params, [fileUrl(REF), fileUrl(PIC), fileUrl(MASK)])).toEqual({
      picture: fileUrl(PIC), mask: fileUrl(MASK), img2img: fileUrl(REF), control: [], missing: [],
    });
  });

  it('an Image2Image that reuses the picture stays on the canvas; an input the archive lacks is named', () => {
    const params = archiveRequest({ Masked: { ImageIndex: 0, MaskIndex: 1 }, Image2Image: { ImageIndex: 0 }, ImageAndMaskList: [PIC, MASK] });
    expect(recalledInputs('ModifyMaskedPixels', params, [fileUrl(PIC)])).toEqual({ picture: fileUrl(PIC), mask: undefined, control: [], missing: ['mask'] });
  });

  it('ApplyReferencePattern: raw image, mask, pattern', () => {
    const params = archiveRequest({ RawImageIndex: 0, MaskIndex: 1, PatternImageIndex: 2, ImageAndMaskList: [PIC, MASK, PAT] });
    expect(recalledInputs('ApplyReferencePattern', params, [PIC, MASK, PAT].map(fileUrl))).toMatchObject({ picture: fileUrl(PIC), mask: fileUrl(MASK), pattern: fileUrl(PAT) });
  });

  it('GenerateBackgrounds: the foreground and the background reference from ImageList', () => {
    const params = archiveRequest({ TransparentForeground: { ImageIndex: 0 }, BackgroundImage2Image: { ImageIndex: 1 }, ImageList: [FG, BG] });
    expect(recalledInputs('GenerateBackgrounds', params, [FG, BG].map(fileUrl))).toMatchObject({ foreground: fileUrl(FG), background: fileUrl(BG) });
  });

  it('GenerateImages: Image2Image and each ControlNet unit image and mask', () => {
    const params = archiveRequest({
      Image2Image: { ImageIndex: 0 },
      ControlNetList: [{ ImageIndex: 1, MaskIndex: 2, PreProcessor: { ModelCode: 'canny' }, ControlModel: { ModelCode: 'c' } }, { ImageIndex: 3, PreProcessor: { ModelCode: 'canny' }, ControlModel: { ModelCode: 'c' } }],
      ImageAndMaskList: [REF, CA, MA, CB],
    });
    expect(recalledInputs('GenerateImages', params, [REF, CA, MA, CB].map(fileUrl))).toMatchObject({
      img2img: fileUrl(REF),
      control: [{ image: fileUrl(CA), mask: fileUrl(MA) }, { image: fileUrl(CB), mask: undefined }],
    });
  });

  it('GenerateTxt2Img: each legacy control image', () => {
    const params = archiveRequest({ ControlNetParams: [{ ControlPreSetId: 1, ControlNetImg: CA }, { ControlPreSetId: 2, ControlNetImg: CB }] });
    expect(recalledInputs('GenerateTxt2Img', params, [fileUrl(CB)])).toEqual({ control: [{ image: undefined }, { image: fileUrl(CB) }], missing: ['ControlNet 1 image'] });
  });
});
