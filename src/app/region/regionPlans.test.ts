import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../store/documentTypes';
import { regionPlanFrame, shiftTiles } from './regionPlans';

const photo = () => ({ ...createEmptyDocument(6000, 4000), baseImage: { assetId: 'photo', x: 0, y: 0, width: 6000, height: 4000 } });

describe('regionPlanFrame', () => {
  it('crops the document itself when the region is inside it', () => {
    const doc = photo();
    const frame = regionPlanFrame(doc, { rect: { x: 1000, y: 800, width: 412, height: 300 }, generated: { width: 1024, height: 744 }, source: 'masks', outside: false });
    expect(frame.doc).toBe(doc);
    expect(frame.view).toEqual({ rect: { x: 1000, y: 800, width: 412, height: 300 }, width: 1024, height: 744 });
    expect(frame.offset).toEqual({ x: 0, y: 0 });
  });

  it('grows and shifts the document for a region past the top-left edge, so the outside is outpaint area', () => {
    const frame = regionPlanFrame(photo(), { rect: { x: -400, y: -200, width: 1200, height: 800 }, generated: { width: 1200, height: 800 }, source: 'frame', outside: true });
    expect([frame.doc.width, frame.doc.height]).toEqual([6400, 4200]);
    expect(frame.doc.baseImage).toMatchObject({ x: 400, y: 200, width: 6000, height: 4000 });
    expect(frame.view.rect).toEqual({ x: 0, y: 0, width: 1200, height: 800 });
    expect(shiftTiles([{ x: 0, y: 256, alpha: 1 }], frame.offset)).toEqual([{ x: 400, y: 456, alpha: 1 }]);
  });
});
