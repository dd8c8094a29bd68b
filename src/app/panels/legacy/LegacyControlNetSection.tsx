import { AddRowButton } from '../fields/AddRowButton';
import { newUuid } from '../../api/ids';
import { useQuery } from '@tanstack/react-query';
import { controlNetsQuery } from '../../api/catalogQueries';
import { IconButton } from '../../canvas/ui/IconButton';
import { TrashIcon } from '../../canvas/ui/icons';
import type { LegacyControlParams } from '../../request/studioParams';
import { MAX_CONTROL_UNITS } from '../../store/paramsSlice';
import { useStudioStore } from '../../store/studioStore';
import type { ControlNetCatalog } from '../controlnet/controlNetPairs';
import { ControlImagePicker } from '../controlnet/ControlImagePicker';
import { CONTROL_PRESET_OPTIONS } from '../fields/enumOptions';
import { ParamNumber } from '../fields/ParamNumber';
import { LEGACY_RULES } from '../fields/paramRules';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { LegacyCustomControlFields } from './LegacyCustomControlFields';
import { newLegacyControl } from './newLegacyControl';

function LegacyControlCard({ param, index, catalog }: { param: LegacyControlParams; index: number; catalog: ControlNetCatalog | undefined }) {
  const { legacyControlEdited, legacyControlRemoved, controlReferenceSet } = useStudioStore.getState();
  const edit = (patch: Partial<LegacyControlParams>) => legacyControlEdited(param.id, patch);
  const name = `ControlNet unit ${index + 1}`;
  return (
    <div role="group" aria-label={name} className="rounded-md border border-ink-800 bg-ink-850/60 px-2 pb-2 pt-1.5">
      <div className="flex items-center gap-1.5">
        <span className="min-w-0 flex-1 text-xs font-medium text-ink-200">Unit {index + 1}</span>
        <IconButton
          label={`Remove ${name}`}
          onClick={() => {
            legacyControlRemoved(param.id);
            controlReferenceSet(param.id, null);
          }}
          className="h-6 w-6"
        >
          <TrashIcon className="h-3.5 w-3.5" />
        </IconButton>
      </div>
      <SelectField label="Preset" value={String(param.presetId)} options={CONTROL_PRESET_OPTIONS} onChange={(value) => edit({ presetId: Number(value) })} />
      <ParamNumber label="Control weight" rule={LEGACY_RULES.controlWeight} value={param.controlWeight} onChange={(controlWeight) => edit({ controlWeight })} slider />
      <ControlImagePicker unitId={param.id} source={param.imageSource} onSourceChange={(imageSource) => edit({ imageSource })} />
      {param.presetId === 0 ? <LegacyCustomControlFields param={param} catalog={catalog} /> : null}
    </div>
  );
}

/** GenerateTxt2Img's EnableControlNet and ControlNetParams (at most three; presets or custom). */
export function LegacyControlNetSection() {
  const enabled = useStudioStore((s) => s.params.legacy.enableControlNet);
  const params = useStudioStore((s) => s.params.legacy.controlParams);
  const { groupEdited, legacyControlAdded } = useStudioStore.getState();
  const controlNets = useQuery(controlNetsQuery);
  const full = params.length >= MAX_CONTROL_UNITS;
  return (
    <PanelSection title="ControlNet" summary={enabled ? `${params.length} unit${params.length === 1 ? '' : 's'}` : 'Off'}>
      <SwitchField label="Enable ControlNet" checked={enabled} onChange={(enableControlNet) => groupEdited('legacy', { enableControlNet })} />
      {enabled ? (
        <>
          <div className="space-y-1.5 pt-1">
            {params.map((param, index) => (
              <LegacyControlCard key={param.id} param={param} index={index} catalog={controlNets.data} />
            ))}
          </div>
          <AddRowButton
            label="Add ControlNet unit"
            disabledReason={full ? `A request takes at most ${MAX_CONTROL_UNITS} ControlNet units.` : undefined}
            onClick={() => legacyControlAdded(newLegacyControl(newUuid(), controlNets.data))}
          />
        </>
      ) : null}
    </PanelSection>
  );
}
