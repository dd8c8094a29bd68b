import type { QueryClient } from '@tanstack/react-query';
import { scaledAlphaSource, type CombineMode } from '../canvas/maskOps/combineMask';
import { useStudioStore } from '../store/studioStore';
import { combineIntoMask } from './maskCommands';
import { decodeMaskAlpha, renderDocumentArea } from './pictures';
import { buildSegmentationRequest } from './segmentationRequest';
import { runSegmentation, type SegmentationResult } from './segmentationTask';
import { requirePicture, requireSamePicture, withBusy } from './selectionRun';
import { selectionArea, sentFrameFor } from './sentFrame';

/**
 * Select subject: RemoveBackground with OnlyMask on the region's picture (or the whole
 * document, at most 2560 a side); the answer, stretched back over the same document pixels,
 * becomes the active mask (main or a ControlNet unit's) by `mode`.
 */
export function selectSubject(queryClient: QueryClient, mode: CombineMode): Promise<SegmentationResult> {
  const state = useStudioStore.getState();
  const doc = state.document;
  requirePicture(doc);
  const maskId = state.activeMaskId;
  const frame = sentFrameFor(selectionArea(doc));
  return withBusy('Selecting the subject…', async () => {
    const image = await renderDocumentArea(doc, frame, { foregrounds: true });
    const body = buildSegmentationRequest({ ask: { kind: 'subject' }, image, options: state.edgeOptions, onlyMask: true });
    const result = await runSegmentation(queryClient, body);
    const { alpha, width, height } = await decodeMaskAlpha(result.image);
    requireSamePicture(doc);
    combineIntoMask('Select subject', frame.rect, scaledAlphaSource(alpha, width, height, frame.rect), mode, maskId);
    return result;
  });
}
