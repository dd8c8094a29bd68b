import type { QueryClient } from '@tanstack/react-query';
import { scaledAlphaSource, type CombineMode } from '../canvas/maskOps/combineMask';
import type { StudioDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';
import { combineIntoMask } from './maskCommands';
import { previewCanvas, proposalState, setProposalState, visibleProposal } from './objectProposal';
import { decodeMaskAlpha, renderDocumentArea } from './pictures';
import { buildSegmentationRequest } from './segmentationRequest';
import { runSegmentation, type SegmentationResult } from './segmentationTask';
import { requirePicture } from './selectionRun';
import { boxToSent, selectionArea, sentFrameFor, type SentFrame } from './sentFrame';
import { askFor, clipToBox } from './objectAsk';

let sequence = 0;
let cachedPicture: { doc: StudioDocument; key: string; image: Promise<string> } | null = null;
let inFlight: AbortController | null = null;

/** The sent picture is encoded once per document state and frame, not once per click. */
function pictureFor(doc: StudioDocument, frame: SentFrame): Promise<string> {
  const key = `${frame.rect.x},${frame.rect.y},${frame.rect.width},${frame.rect.height},${frame.width},${frame.height}`;
  if (cachedPicture?.doc !== doc || cachedPicture.key !== key) {
    cachedPicture = { doc, key, image: renderDocumentArea(doc, frame, { foregrounds: true }) };
  }
  return cachedPicture.image;
}

/**
 * Asks PICPIK for the object the current hints describe and shows the answer as the
 * proposal. A newer call supersedes an older one: its answer is dropped.
 */
export async function refreshProposal(queryClient: QueryClient): Promise<SegmentationResult | null> {
  const state = useStudioStore.getState();
  const doc = state.document;
  const hints = state.objectHints;
  const frame = sentFrameFor(selectionArea(doc));
  const ask = askFor(hints, frame);
  const mine = ++sequence;
  inFlight?.abort();
  inFlight = null;
  if (!ask) {
    setProposalState({ status: 'empty' });
    return null;
  }
  const previous = visibleProposal();
  setProposalState({ status: 'working', previous });
  const controller = new AbortController();
  inFlight = controller;
  try {
    requirePicture(doc);
    const body = buildSegmentationRequest({ ask, image: await pictureFor(doc, frame), options: state.edgeOptions, onlyMask: true });
    const result = await runSegmentation(queryClient, body, controller.signal);
    const { alpha, width, height } = await decodeMaskAlpha(result.image);
    if (mine !== sequence) return null;
    const box = hints.box ? boxToSent(frame, hints.box) : null;
    if (box && ask.kind === 'points') clipToBox(alpha, width, height, box, frame);
    setProposalState({ status: 'ready', proposal: { frame, alpha, width, height, preview: previewCanvas(alpha, width, height) } });
    return result;
  } catch (error) {
    if (mine !== sequence || (error as Error).name === 'AbortError') return null;
    setProposalState({ status: 'failed', message: (error as Error).message, previous });
    throw error;
  } finally {
    if (inFlight === controller) inFlight = null;
  }
}

/** Drops the hints and the proposal (Esc); an answer still on its way is ignored. */
export function cancelObjectSelection(): void {
  sequence++;
  inFlight?.abort();
  inFlight = null;
  cachedPicture = null;
  useStudioStore.getState().objectHintsCleared();
  setProposalState({ status: 'empty' });
}

/** Merges the proposal into the active mask (Enter / Apply) as one undo step; false when there is none. */
export function applyObjectProposal(mode: CombineMode = useStudioStore.getState().objectMergeMode): boolean {
  const current = proposalState();
  if (current.status !== 'ready') return false;
  const { frame, alpha, width, height } = current.proposal;
  combineIntoMask('Select object', frame.rect, scaledAlphaSource(alpha, width, height, frame.rect), mode);
  cancelObjectSelection();
  return true;
}
