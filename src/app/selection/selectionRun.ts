import type { StudioDocument } from '../store/documentTypes';
import { useStudioStore } from '../store/studioStore';

/** Runs one selection call with its label shown as busy; only one such call at a time. */
export async function withBusy<T>(label: string, run: () => Promise<T>): Promise<T> {
  const state = useStudioStore.getState();
  if (state.selectionBusy) throw new Error(`Wait until "${state.selectionBusy}" is done`);
  state.selectionBusyChanged(label);
  try {
    return await run();
  } finally {
    useStudioStore.getState().selectionBusyChanged(null);
  }
}

export function requirePicture(doc: StudioDocument): void {
  if (!doc.baseImage && doc.foregrounds.length === 0) throw new Error('Open a picture first: there is nothing to select from');
}

/** The answer belongs to the picture it was asked about: refuse it when another one was opened meanwhile. */
export function requireSamePicture(before: StudioDocument): void {
  const now = useStudioStore.getState().document;
  if (now.width !== before.width || now.height !== before.height || now.baseImage?.assetId !== before.baseImage?.assetId) {
    throw new Error('The picture changed while PICPIK was working; run the selection again');
  }
}

/** "· 4 credits" in PICPIK mode (what the task cost), nothing in local mode. */
export const creditsNote = (credits: number | undefined) => (credits === undefined ? '' : ` · ${credits} credit${credits === 1 ? '' : 's'}`);
