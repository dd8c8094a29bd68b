import type { QueryClient } from '@tanstack/react-query';
import { addAsset, getAsset } from '../canvas/assets';
import { recordDocumentChange } from '../canvas/commands/documentHistory';
import type { ForegroundPlacement, StudioDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import type { LayerRef } from './layerAlpha';
import { renderAssetArea, renderDocumentArea } from './pictures';
import { buildSegmentationRequest } from './segmentationRequest';
import { runSegmentation } from './segmentationTask';
import { requireSamePicture, withBusy } from './selectionRun';
import { sentFrameFor, type SentFrame } from './sentFrame';

export interface CutOut {
  foregroundId: string;
  credits: number | undefined;
}

interface Source {
  frame: SentFrame;
  render: () => Promise<string>;
  name: string;
  /** Where a w × h cut-out goes so it covers exactly what was sent. */
  placement: (width: number, height: number) => Omit<ForegroundPlacement, 'id' | 'assetId' | 'name'>;
  original: ForegroundPlacement | null;
}

function sourceOf(doc: StudioDocument, layer: LayerRef): Source {
  if (layer.kind === 'base') {
    const base = doc.baseImage;
    if (!base) throw new Error('There is no base image to cut out');
    // The base as the designer sees it (accepted results included), at its place in the document.
    const frame = sentFrameFor({ x: base.x, y: base.y, width: base.width, height: base.height });
    return {
      frame,
      render: () => renderDocumentArea(doc, frame, { foregrounds: false }),
      name: `${getAsset(base.assetId)?.name ?? 'Picture'} cut-out`,
      placement: (width, height) => ({ x: base.x, y: base.y, scaleX: base.width / width, scaleY: base.height / height, rotation: 0, opacity: 1, visible: true }),
      original: null,
    };
  }
  const fg = doc.foregrounds.find((item) => item.id === layer.id);
  const asset = fg ? getAsset(fg.assetId) : undefined;
  if (!fg || !asset) throw new Error('That layer is no longer in the document');
  // The layer's own pixels; the cut-out takes over its transform.
  const frame = sentFrameFor({ x: 0, y: 0, width: asset.width, height: asset.height });
  return {
    frame,
    render: () => renderAssetArea(fg.assetId, frame),
    name: `${fg.name} cut-out`,
    placement: (width, height) => ({
      x: fg.x,
      y: fg.y,
      scaleX: (fg.scaleX * asset.width) / width,
      scaleY: (fg.scaleY * asset.height) / height,
      rotation: fg.rotation,
      opacity: fg.opacity,
      visible: true,
    }),
    original: fg,
  };
}

let cutCounter = 0;

/**
 * Remove background: RemoveBackground on the base image or a foreground layer; the cut-out
 * (PICPIK's RGBA answer) becomes a new foreground layer in the same place, above the
 * original, which stays in the document, hidden. One undo step.
 */
export function removeBackground(queryClient: QueryClient, layer: LayerRef): Promise<CutOut> {
  const state = useStudioStore.getState();
  const doc = state.document;
  const source = sourceOf(doc, layer);
  return withBusy('Removing the background…', async () => {
    const body = buildSegmentationRequest({ ask: { kind: 'subject' }, image: await source.render(), options: state.edgeOptions, onlyMask: false });
    const result = await runSegmentation(queryClient, body);
    requireSamePicture(doc);
    const assetId = await addAsset(result.image, source.name);
    const asset = getAsset(assetId);
    if (!asset) throw new Error('The cut-out could not be opened');
    cutCounter += 1;
    const foreground: ForegroundPlacement = { id: `cut-${Date.now().toString(36)}-${cutCounter}`, assetId, name: source.name, ...source.placement(asset.width, asset.height) };
    recordDocumentChange('Remove background', () => {
      const store = useStudioStore.getState();
      store.foregroundPlaced(foreground);
      if (source.original) {
        // Just above its original, which is hidden.
        const index = store.document.foregrounds.findIndex((fg) => fg.id === source.original?.id);
        store.foregroundReordered(foreground.id, index + 1);
        store.foregroundVisibilityChanged(source.original.id, false);
      } else {
        store.baseImageVisibilityChanged(false);
      }
    });
    useStudioStore.getState().foregroundSelected(foreground.id);
    return { foregroundId: foreground.id, credits: result.credits };
  });
}

/** The layer a plain "Remove background" means: the selected foreground, else the base image, else the top layer. */
export function layerToCutOut(doc: StudioDocument, selectedId: string | null): LayerRef | null {
  if (selectedId && doc.foregrounds.some((fg) => fg.id === selectedId)) return { kind: 'foreground', id: selectedId };
  if (doc.baseImage) return { kind: 'base' };
  const top = [...doc.foregrounds].reverse().find((fg) => fg.visible);
  return top ? { kind: 'foreground', id: top.id } : null;
}

/**
 * "Cut out and generate backgrounds": from a photo to the Generate Backgrounds action in one
 * step — the cut-out becomes the foreground layer and the action is selected, ready to
 * generate. Generate Backgrounds' own hint ("the foreground has no transparent pixels")
 * offers this.
 */
export async function cutOutForBackgrounds(queryClient: QueryClient): Promise<CutOut> {
  const state = useStudioStore.getState();
  const layer = layerToCutOut(state.document, state.selectedForegroundId);
  if (!layer) throw new Error('Open a photo first: there is nothing to cut out');
  const cut = await removeBackground(queryClient, layer);
  useStudioStore.getState().actionSelected('GenerateBackgrounds');
  return cut;
}
