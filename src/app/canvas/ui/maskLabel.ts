import { MAIN_MASK_ID } from '../../store/documentTypes';
import { useStudioStore } from '../../store/studioStore';

/** "Mask" for the main mask, "ControlNet unit N mask" for a unit's (its position in the stack). */
export function maskLabel(maskId: string): string {
  if (maskId === MAIN_MASK_ID) return 'Mask';
  const { params } = useStudioStore.getState();
  const position = [...params.controlUnits, ...params.legacy.controlParams].findIndex((unit) => unit.id === maskId);
  return position >= 0 ? `ControlNet unit ${position + 1} mask` : 'ControlNet mask';
}
