import type { ControlMode, ResizeMode } from '../../../picpik/enums';
import type { LegacyControlParams } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import type { ControlNetCatalog } from '../controlnet/controlNetPairs';
import { CONTROL_MODE_OPTIONS, RESIZE_MODE_OPTIONS } from '../fields/enumOptions';
import { ParamNumber } from '../fields/ParamNumber';
import { LEGACY_RULES, legacyStepOrderProblem } from '../fields/paramRules';
import { SelectField } from '../fields/SelectField';
import { legacyIdOf } from '../model/catalogOptions';
import { legacyPairIds } from './newLegacyControl';

/** Catalog control models with a LegacyId; choosing one fills ModelId, PreProcessorId and the resolution. */
function CatalogPairPicker({ param, catalog }: { param: LegacyControlParams; catalog: ControlNetCatalog | undefined }) {
  const legacyControlEdited = useStudioStore((s) => s.legacyControlEdited);
  const models = Object.values(catalog?.ControlModels ?? {}).filter((model) => legacyIdOf(model) !== undefined);
  if (!catalog || models.length === 0) return null;
  const current = models.find((model) => legacyIdOf(model) === param.modelId)?.ModelCode ?? '';
  const options = [
    ...(current ? [] : [{ value: '', label: 'Choose from the catalog…' }]),
    ...models.map((model) => ({ value: model.ModelCode, label: `${typeof model.Name === 'string' ? model.Name : model.ModelCode} · ${legacyIdOf(model)}` })),
  ];
  return (
    <SelectField
      label="Catalog model"
      value={current}
      options={options}
      onChange={(code) => {
        const ids = legacyPairIds(catalog, code);
        if (ids) legacyControlEdited(param.id, ids);
      }}
    />
  );
}

/** The fields a custom (preset 0) legacy ControlNet sends. */
export function LegacyCustomControlFields({ param, catalog }: { param: LegacyControlParams; catalog: ControlNetCatalog | undefined }) {
  const legacyControlEdited = useStudioStore((s) => s.legacyControlEdited);
  const edit = (patch: Partial<LegacyControlParams>) => legacyControlEdited(param.id, patch);
  const order = legacyStepOrderProblem(param.startingStep, param.endingStep);
  return (
    <div className="mt-1 border-t border-ink-800 pt-1">
      <CatalogPairPicker param={param} catalog={catalog} />
      <ParamNumber label="Model ID" rule={LEGACY_RULES.modelId} value={param.modelId} onChange={(modelId) => edit({ modelId })} />
      <ParamNumber label="Pre-processor ID" rule={LEGACY_RULES.preProcessorId} value={param.preProcessorId} onChange={(preProcessorId) => edit({ preProcessorId })} />
      <ParamNumber
        label="Resolution"
        name="Pre-processor resolution"
        rule={LEGACY_RULES.preProcessorResolution}
        value={param.preProcessorResolution}
        onChange={(preProcessorResolution) => edit({ preProcessorResolution })}
      />
      <ParamNumber label="Starting step" rule={LEGACY_RULES.startingControlStep} value={param.startingStep} onChange={(startingStep) => edit({ startingStep })} slider issue={order} />
      <ParamNumber label="Ending step" rule={LEGACY_RULES.endingControlStep} value={param.endingStep} onChange={(endingStep) => edit({ endingStep })} slider />
      <SelectField label="Control mode" value={param.controlMode as ControlMode} options={CONTROL_MODE_OPTIONS} onChange={(controlMode) => edit({ controlMode })} />
      <SelectField label="Resize mode" value={param.resizeMode as ResizeMode} options={RESIZE_MODE_OPTIONS} onChange={(resizeMode) => edit({ resizeMode })} />
      <ParamNumber label="Parameter 1" rule={LEGACY_RULES.param1} value={param.param1} onChange={(param1) => edit({ param1 })} />
      <ParamNumber label="Parameter 2" rule={LEGACY_RULES.param2} value={param.param2} onChange={(param2) => edit({ param2 })} />
    </div>
  );
}
