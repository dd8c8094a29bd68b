import { MAIN_MASK_ID } from '../../store/documentTypes';

/** "Mask" for the main mask, "Control mask <unit>" for a ControlNet unit's. */
export function maskLabel(maskId: string): string {
  return maskId === MAIN_MASK_ID ? 'Mask' : `Control mask ${maskId}`;
}
