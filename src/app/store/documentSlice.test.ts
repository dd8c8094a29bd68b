import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument, MAIN_MASK_ID, type ForegroundPlacement } from './documentTypes';
import { useStudioStore } from './studioStore';

const initial = useStudioStore.getState();
const state = () => useStudioStore.getState();

function foreground(id: string, extra: Partial<ForegroundPlacement> = {}): ForegroundPlacement {
  return { id, assetId: `asset-${id}`, name: id, x: 10, y: 20, scaleX: 1, scaleY: 1, rotation: 0, opacity: 1, visible: true, ...extra };
}

beforeEach(() => useStudioStore.setState(initial, true));

describe('document slice', () => {
  it('starts as an empty 1024² document with the main mask', () => {
    expect(state().document).toEqual(createEmptyDocument());
    expect(state().document.masks[MAIN_MASK_ID]?.revision).toBe(0);
  });

  it('opens an image as a new document of its size, keeping references and bumping masks', () => {
    state().referenceSet('img2img', 'ref-1');
    state().foregroundPlaced(foreground('a'));
    state().imageOpened({ assetId: 'photo', width: 960, height: 640 });
    const doc = state().document;
    expect([doc.width, doc.height]).toEqual([960, 640]);
    expect(doc.baseImage).toEqual({ assetId: 'photo', x: 0, y: 0, width: 960, height: 640 });
    expect(doc.foregrounds).toEqual([]);
    expect(doc.references.img2img).toBe('ref-1');
    expect(doc.masks[MAIN_MASK_ID]?.revision).toBe(1);
  });

  it('moves the picture and foregrounds by the anchor offset when the canvas is resized', () => {
    state().imageOpened({ assetId: 'photo', width: 1000, height: 800 });
    state().foregroundPlaced(foreground('a'));
    state().canvasResized({ width: 1250, height: 1000, offsetX: 125, offsetY: 100 });
    const doc = state().document;
    expect([doc.width, doc.height]).toEqual([1250, 1000]);
    expect(doc.baseImage).toMatchObject({ x: 125, y: 100, width: 1000, height: 800 });
    expect(doc.foregrounds[0]).toMatchObject({ x: 135, y: 120 });
  });

  it('bumps a mask revision on every raster event', () => {
    state().maskStrokeCommitted(MAIN_MASK_ID);
    state().maskInverted(MAIN_MASK_ID);
    state().maskCleared(MAIN_MASK_ID);
    state().maskRestored(MAIN_MASK_ID);
    expect(state().document.masks[MAIN_MASK_ID]?.revision).toBe(4);
  });

  it('adds and removes ControlNet masks but never the main mask', () => {
    state().maskAdded('unit-1');
    expect(state().document.masks['unit-1']).toEqual({ id: 'unit-1', revision: 0 });
    state().maskRemoved('unit-1');
    state().maskRemoved(MAIN_MASK_ID);
    expect(Object.keys(state().document.masks)).toEqual([MAIN_MASK_ID]);
  });

  it('transforms, reorders, fades, hides and removes foregrounds', () => {
    state().foregroundPlaced(foreground('a'));
    state().foregroundPlaced(foreground('b'));
    state().foregroundTransformed('a', { x: 1, y: 2, scaleX: 2, scaleY: 3, rotation: 45 });
    state().foregroundReordered('a', 1);
    state().foregroundOpacityChanged('b', 1.7);
    state().foregroundVisibilityChanged('b', false);
    expect(state().document.foregrounds.map((fg) => fg.id)).toEqual(['b', 'a']);
    expect(state().document.foregrounds[1]).toMatchObject({ x: 1, y: 2, scaleX: 2, scaleY: 3, rotation: 45 });
    expect(state().document.foregrounds[0]).toMatchObject({ opacity: 1, visible: false });
    state().foregroundSelected('a');
    state().foregroundRemoved('a');
    expect(state().selectedForegroundId).toBeNull();
    expect(state().document.foregrounds).toHaveLength(1);
  });

  it('keeps the document object when an event changes nothing', () => {
    const before = state().document;
    state().foregroundTransformed('missing', { x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: 0 });
    state().foregroundReordered('missing', 3);
    expect(state().document).toBe(before);
  });

  it('sets and clears references, including ControlNet images', () => {
    state().referenceSet('pattern', 'p');
    state().controlReferenceSet('unit-1', 'c');
    state().referenceSet('pattern', null);
    expect(state().document.references).toEqual({ control: { 'unit-1': 'c' } });
  });

  it('restores a snapshot with mask revisions still moving forward, dropping a stale selection', () => {
    const snapshot = state().document;
    state().foregroundPlaced(foreground('a'));
    state().foregroundSelected('a');
    state().maskStrokeCommitted(MAIN_MASK_ID);
    state().maskStrokeCommitted(MAIN_MASK_ID);
    state().documentRestored(snapshot);
    expect(state().document.foregrounds).toEqual([]);
    expect(state().document.masks[MAIN_MASK_ID]?.revision).toBe(3);
    expect(state().selectedForegroundId).toBeNull();
  });
});
