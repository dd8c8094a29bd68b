import { useCallback } from 'react';
import { cutOutForBackgrounds } from './removeBackground';
import { creditsNote } from './selectionRun';
import { useSelectionAction } from './useSelectionAction';

/**
 * "Cut out and generate backgrounds" as a click handler, with its notices: the Select menu's
 * item, and what Generate Backgrounds' "no transparent pixels" hint offers.
 */
export function useCutOutForBackgrounds(): () => void {
  const run = useSelectionAction();
  return useCallback(
    () => run(cutOutForBackgrounds, (cut) => `Cut-out ready: describe the new background and Generate${creditsNote(cut.credits)}`),
    [run],
  );
}
