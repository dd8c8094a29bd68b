import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type StudioDocument } from '../store/documentTypes';
import { compositePlan, foregroundsPlan, maskPlan, outpaintPicturePlan } from './documentPlans';

const doc = (patch: Partial<StudioDocument>): StudioDocument => ({ ...createEmptyDocument(1000, 800), ...patch });
const size = () => ({ width: 600, height: 400 });
const bottle = { id: 'fg', assetId: 'bottle', name: 'bottle', x: 10, y: 20, scaleX: 0.5, scaleY: 0.5, rotation: 90, opacity: 0.8, visible: true };

describe('document plans', () => {
  it('composite: the base image at its placement, then the visible foregrounds with their Konva transform', () => {
    const plan = compositePlan(doc({ baseImage: { assetId: 'photo', x: 200, y: 200, width: 600, height: 400 }, foregrounds: [bottle, { ...bottle, id: 'hidden', visible: false }] }));
    expect(plan.layers).toHaveLength(2);
    expect(plan.layers[0]!.draws).toEqual([{ assetId: 'photo', dest: [200, 200, 600, 400] }]);
    const fg = plan.layers[1]!.draws;
    expect(fg).toHaveLength(1);
    expect(fg[0]!.alpha).toBe(0.8);
    const [a, b, c, d, e, f] = fg[0]!.transform!;
    expect([a, b, c, d, e, f].map((v) => Math.round(v * 1000) / 1000)).toEqual([0, 0.5, -0.5, 0, 10, 20]);
    expect(plan.fill).toBeUndefined();
  });

  it('outpaint picture: grey, the edge pixels stretched to the border (sharp, then blurred), then the picture', () => {
    const plan = outpaintPicturePlan(doc({ baseImage: { assetId: 'photo', x: 200, y: 200, width: 600, height: 400 } }), size);
    expect(plan.fill).toBe('#808080');
    const [edge, base] = plan.layers;
    expect(edge!.passes).toEqual([{ blur: 0 }, { blur: Math.round(1000 / 64) }]);
    // The left edge column of the image stretched over the 200 px to its left.
    expect(edge!.draws[0]).toEqual({ assetId: 'photo', source: [0, 0, 1, 400], dest: [0, 200, 200, 400] });
    expect(base!.draws).toEqual([{ assetId: 'photo', dest: [200, 200, 600, 400] }]);
  });

  it('outpaint picture without outpaint area has no edge layer', () => {
    const plan = outpaintPicturePlan(doc({ baseImage: { assetId: 'photo', x: 0, y: 0, width: 1000, height: 800 } }), size);
    expect(plan.layers.map((layer) => layer.passes)).toEqual([undefined]);
  });

  it('foregrounds only; a view crops and scales any plan', () => {
    const view = { rect: { x: 0, y: 0, width: 500, height: 400 }, width: 1000, height: 800 };
    const plan = foregroundsPlan(doc({ foregrounds: [bottle] }), view);
    expect(plan.view).toEqual(view);
    expect(plan.layers).toHaveLength(1);
  });

  it('outpaint mask: painted tiles plus the uncovered bands, dropped when all black', () => {
    const plan = maskPlan(doc({ baseImage: { assetId: 'photo', x: 0, y: 100, width: 1000, height: 700 } }), [], { outpaint: true, dropWhenBlack: true });
    expect(plan.white).toEqual([{ x: 0, y: 0, width: 1000, height: 100 }]);
    expect(plan.dropWhenBlack).toBe(true);
  });
});
