import { CONTROL_MODES, DEFAULT_CONTROL_MODE, type ControlMode } from '../../../picpik/enums';
import { INFERENCE_PARAM_DEFAULTS, type InferenceParams } from '../../../picpik/models';
import type { ControlUnitParams } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { SelectField } from '../fields/SelectField';

const MODE_LABELS: Record<ControlMode, string> = {
  Balanced: 'Balanced',
  MyPromptIsMoreImportant: 'My prompt is more important',
  ControlNetIsMoreImportant: 'ControlNet is more important',
};

/** A Canny pre-processor (or one whose catalog entry carries the thresholds). */
const usesCanny = (unit: ControlUnitParams) =>
  /canny/i.test(unit.preProcessor.ModelCode) || unit.preProcessor.InferenceParams?.CannyLowThreshold !== undefined || unit.preProcessor.InferenceParams?.CannyHighThreshold !== undefined;

/**
 * The pre-processor's Canny thresholds and the control model's ControlMode, shown with the
 * value that is sent, or the documented default (Canny 100 / 200, Balanced) when the model
 * sets none. An edited value goes into the model's InferenceParams, so the request sends it.
 */
export function ControlUnitTuning({ unit }: { unit: ControlUnitParams }) {
  const controlUnitEdited = useStudioStore((s) => s.controlUnitEdited);
  const pre = unit.preProcessor.InferenceParams ?? {};
  const control = unit.controlModel.InferenceParams ?? {};
  const editPre = (patch: Partial<InferenceParams>) => controlUnitEdited(unit.id, { preProcessor: { ...unit.preProcessor, InferenceParams: { ...pre, ...patch } } });
  const editControl = (patch: Partial<InferenceParams>) => controlUnitEdited(unit.id, { controlModel: { ...unit.controlModel, InferenceParams: { ...control, ...patch } } });
  const low = pre.CannyLowThreshold ?? INFERENCE_PARAM_DEFAULTS.CannyLowThreshold;
  const high = pre.CannyHighThreshold ?? INFERENCE_PARAM_DEFAULTS.CannyHighThreshold;
  return (
    <>
      {usesCanny(unit) ? (
        <>
          <ParamNumber label="Canny low" name="Canny low threshold" rule={PARAM_RULES.cannyLowThreshold} value={low} onChange={(value) => editPre({ CannyLowThreshold: value })} slider />
          <ParamNumber label="Canny high" name="Canny high threshold" rule={PARAM_RULES.cannyHighThreshold} value={high} onChange={(value) => editPre({ CannyHighThreshold: value })} slider />
          <p className={`${HINT_TEXT} pb-1`}>
            Edges weaker than the low threshold are dropped, stronger than the high one kept (documented defaults {INFERENCE_PARAM_DEFAULTS.CannyLowThreshold} and{' '}
            {INFERENCE_PARAM_DEFAULTS.CannyHighThreshold}).
            {low > high ? ' The low threshold is above the high one: few edges will survive.' : ''}
          </p>
        </>
      ) : null}
      <SelectField
        label="Control mode"
        value={(control.ControlMode as ControlMode | undefined) ?? DEFAULT_CONTROL_MODE}
        options={CONTROL_MODES.map((mode) => ({ value: mode, label: MODE_LABELS[mode] }))}
        onChange={(mode) => editControl({ ControlMode: mode })}
      />
    </>
  );
}
