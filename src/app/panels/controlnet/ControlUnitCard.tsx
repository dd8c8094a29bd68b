import { IconButton } from '../../canvas/ui/IconButton';
import { ChevronDownIcon, ChevronUpIcon, TrashIcon } from '../../canvas/ui/icons';
import type { ControlUnitParams } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { MiniSwitch } from '../fields/MiniSwitch';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES, stepOrderProblem } from '../fields/paramRules';
import { ControlImagePicker } from './ControlImagePicker';
import { ControlMaskControls, removeControlUnit } from './ControlMaskControls';
import { ControlModelPickers } from './ControlModelPickers';
import { ControlUnitTuning } from './ControlUnitTuning';
import type { ControlNetCatalog } from './controlNetPairs';

type ControlUnitCardProps = {
  unit: ControlUnitParams;
  index: number;
  count: number;
  catalog: ControlNetCatalog | undefined;
};

/** One ControlNet unit of GenerateImages: models, weights, steps, image and optional mask. */
export function ControlUnitCard({ unit, index, count, catalog }: ControlUnitCardProps) {
  const { controlUnitEdited, controlUnitMoved } = useStudioStore.getState();
  const edit = (patch: Partial<ControlUnitParams>) => controlUnitEdited(unit.id, patch);
  const name = `ControlNet unit ${index + 1}`;
  const order = stepOrderProblem(unit.startingStep, unit.endingStep);
  return (
    <div role="group" aria-label={name} className="rounded-md border border-ink-800 bg-ink-850/60 px-2 pb-2 pt-1.5">
      <div className="flex items-center gap-1.5">
        <MiniSwitch name={`Enable ${name}`} checked={unit.enabled} onChange={(enabled) => edit({ enabled })} />
        <span className="min-w-0 flex-1 truncate text-xs font-medium text-ink-200">Unit {index + 1}</span>
        <IconButton label={`Move ${name} up`} disabled={index === 0} onClick={() => controlUnitMoved(unit.id, index - 1)} className="h-6 w-6">
          <ChevronUpIcon className="h-3.5 w-3.5" />
        </IconButton>
        <IconButton label={`Move ${name} down`} disabled={index === count - 1} onClick={() => controlUnitMoved(unit.id, index + 1)} className="h-6 w-6">
          <ChevronDownIcon className="h-3.5 w-3.5" />
        </IconButton>
        <IconButton label={`Remove ${name}`} onClick={() => removeControlUnit(unit.id)} className="h-6 w-6">
          <TrashIcon className="h-3.5 w-3.5" />
        </IconButton>
      </div>
      <div className={unit.enabled ? '' : 'opacity-50'}>
        <ControlModelPickers unit={unit} catalog={catalog} />
        <ParamNumber label="Resolution" rule={PARAM_RULES.resolution} value={unit.resolution} onChange={(resolution) => edit({ resolution })} slider />
        <ParamNumber label="Control weight" rule={PARAM_RULES.controlWeight} value={unit.controlWeight} onChange={(controlWeight) => edit({ controlWeight })} slider />
        <ParamNumber label="Starting step" rule={PARAM_RULES.startingStep} value={unit.startingStep} onChange={(startingStep) => edit({ startingStep })} slider issue={order} />
        <ParamNumber label="Ending step" rule={PARAM_RULES.endingStep} value={unit.endingStep} onChange={(endingStep) => edit({ endingStep })} slider />
        <ControlUnitTuning unit={unit} />
        <ControlImagePicker unitId={unit.id} source={unit.imageSource} onSourceChange={(imageSource) => edit({ imageSource })} />
        <ControlMaskControls unit={unit} />
      </div>
    </div>
  );
}
