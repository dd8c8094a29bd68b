import { ensureMask, removeMask } from '../../canvas/rasters/maskRegistry';
import { useActiveMaskId } from '../../store/editorHooks';
import { MAIN_MASK_ID } from '../../store/documentTypes';
import type { ControlUnitParams } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, LABEL, SMALL_BUTTON } from '../fields/fieldStyles';
import { SwitchField } from '../fields/SwitchField';
import { useRefusalFor } from '../readinessContext';

/** Points the brush at this unit's own mask raster and turns the mask on. */
export function paintControlMask(unitId: string): void {
  const state = useStudioStore.getState();
  ensureMask(unitId);
  state.maskAdded(unitId);
  state.activeMaskChosen(unitId);
  state.toolSelected('brush');
  state.controlUnitEdited(unitId, { useMask: true });
}

/** Removes a unit with what the document kept for it: its mask raster and its control image. */
export function removeControlUnit(unitId: string): void {
  const state = useStudioStore.getState();
  state.controlUnitRemoved(unitId);
  removeMask(unitId);
  state.controlReferenceSet(unitId, null);
}

/** A unit's optional mask: painted on the canvas with the normal brush, sent as MaskIndex. */
export function ControlMaskControls({ unit }: { unit: ControlUnitParams }) {
  const activeMaskId = useActiveMaskId();
  const controlUnitEdited = useStudioStore((s) => s.controlUnitEdited);
  const painting = activeMaskId === unit.id;
  const refusal = useRefusalFor(`control-mask:${unit.id}`);
  return (
    <div className="pt-1">
      <div className="flex items-center gap-1.5">
        <span className={`${LABEL} w-[60px] shrink-0`}>Mask</span>
        <button
          type="button"
          aria-pressed={painting}
          title={painting ? 'Back to the main mask' : 'The brush paints this unit’s mask'}
          onClick={() => (painting ? useStudioStore.getState().activeMaskChosen(MAIN_MASK_ID) : paintControlMask(unit.id))}
          className={`${SMALL_BUTTON} aria-pressed:border-accent-500 aria-pressed:bg-accent-500/15 aria-pressed:text-accent-400`}
        >
          Paint mask
        </button>
        {painting ? <span className="text-[10px] text-accent-400">painting on the canvas</span> : null}
      </div>
      <SwitchField label="Use mask" checked={unit.useMask} onChange={(useMask) => controlUnitEdited(unit.id, { useMask })} />
      {unit.useMask ? (
        <SwitchField
          label="Control outside the mask"
          checked={unit.invertMask}
          onChange={(invertMask) => controlUnitEdited(unit.id, { invertMask })}
          hint="Sends InvertMask: the unit guides everything except the painted area."
        />
      ) : null}
      {refusal ? <p className={ERROR_TEXT}>{refusal}</p> : null}
    </div>
  );
}
