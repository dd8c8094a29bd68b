import { AddRowButton } from '../fields/AddRowButton';
import { newUuid } from '../../api/ids';
import { useQuery } from '@tanstack/react-query';
import { controlNetsQuery } from '../../api/catalogQueries';
import { MAX_CONTROL_UNITS } from '../../store/paramsSlice';
import { useStudioStore } from '../../store/studioStore';
import { HINT_TEXT } from '../fields/fieldStyles';
import { PanelSection } from '../layout/PanelSection';
import { ControlUnitCard } from './ControlUnitCard';
import { defaultControlPair, newControlUnit } from './newControlUnit';

/** GenerateImages' ControlNetList: up to three units, each from a ListControlNets pair. */
export function ControlNetSection() {
  const units = useStudioStore((s) => s.params.controlUnits);
  const controlUnitAdded = useStudioStore((s) => s.controlUnitAdded);
  const controlNets = useQuery(controlNetsQuery);
  const pair = controlNets.data ? defaultControlPair(controlNets.data) : undefined;
  const reason =
    units.length >= MAX_CONTROL_UNITS
      ? `A request takes at most ${MAX_CONTROL_UNITS} ControlNet units.`
      : controlNets.error
        ? `ControlNets could not be loaded: ${controlNets.error.message}`
        : controlNets.isPending
          ? 'Loading the ControlNet models…'
          : pair
            ? undefined
            : 'This server offers no ControlNet models.';
  const enabled = units.filter((unit) => unit.enabled).length;
  return (
    <PanelSection title="ControlNet" summary={units.length > 0 ? `${enabled} of ${units.length} on` : 'Off'}>
      {units.length === 0 ? <p className={`${HINT_TEXT} pb-1.5`}>Steer composition with edges, lines or depth taken from an image.</p> : null}
      <div className="space-y-1.5">
        {units.map((unit, index) => (
          <ControlUnitCard key={unit.id} unit={unit} index={index} count={units.length} catalog={controlNets.data} />
        ))}
      </div>
      <AddRowButton label="Add ControlNet unit" disabledReason={reason} onClick={() => pair && controlUnitAdded(newControlUnit(newUuid(), pair))} />
    </PanelSection>
  );
}
