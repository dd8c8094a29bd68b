import { useContext } from 'react';
import { OPAQUE_FOREGROUND_MESSAGE } from '../../generate/readiness';
import { useCutOutForBackgrounds } from '../../selection/useCutOutForBackgrounds';
import { useStudioStore } from '../../store/studioStore';
import { ReadinessContext } from '../readinessContext';

/**
 * Generate Backgrounds held back because the foreground is an ordinary (opaque) picture: the
 * way forward in one click — Remove background makes the cut-out the foreground layer.
 */
export function CutOutOffer() {
  const readiness = useContext(ReadinessContext);
  const cutOut = useCutOutForBackgrounds();
  const busy = useStudioStore((s) => s.selectionBusy);
  if (readiness.ok || readiness.message !== OPAQUE_FOREGROUND_MESSAGE) return null;
  return (
    <button
      type="button"
      disabled={busy !== null}
      onClick={cutOut}
      className="mt-1.5 rounded-md border border-accent-500/60 px-2.5 py-1 text-[11px] font-medium text-accent-400 hover:bg-accent-500/10 disabled:opacity-50"
    >
      {busy ?? 'Cut out the subject'}
    </button>
  );
}
