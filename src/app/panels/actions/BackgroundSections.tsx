import type { ResizeMode } from '../../../picpik/enums';
import { useStudioStore } from '../../store/studioStore';
import { RESIZE_MODE_OPTIONS } from '../fields/enumOptions';
import { ERROR_TEXT, HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { useRefusalFor } from '../readinessContext';
import { ReferenceSlot } from './ReferenceSlot';

/** GenerateBackgrounds' TransparentForeground: what is kept, and how it is fitted. */
export function ForegroundSection() {
  const resizeMode = useStudioStore((s) => s.params.foregroundResizeMode);
  const paramsEdited = useStudioStore((s) => s.paramsEdited);
  const refusal = useRefusalFor('foreground');
  return (
    <PanelSection title="Foreground">
      <p className={`${HINT_TEXT} pb-1`}>
        The foreground layers are sent as one transparent PNG — or the base image, when it is a transparent PNG and there are no layers.
      </p>
      {refusal ? <p className={`${ERROR_TEXT} pb-1`}>{refusal}</p> : null}
      <SelectField
        label="Resize mode"
        name="Foreground resize mode"
        value={resizeMode as ResizeMode}
        options={RESIZE_MODE_OPTIONS}
        onChange={(foregroundResizeMode) => paramsEdited({ foregroundResizeMode })}
      />
    </PanelSection>
  );
}

/** GenerateBackgrounds' BackgroundImage2Image: an optional picture the new background follows. */
export function BackgroundReferenceSection() {
  const background = useStudioStore((s) => s.params.background);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const edit = (patch: Partial<typeof background>) => groupEdited('background', patch);
  return (
    <PanelSection title="Background reference" summary={background.enabled ? 'On' : 'Off'}>
      <SwitchField label="Use background reference" checked={background.enabled} onChange={(enabled) => edit({ enabled })} />
      {background.enabled ? (
        <>
          <ReferenceSlot kind="background" label="Background reference" pickName="Choose background reference" />
          <ParamNumber label="Strength" name="Background reference strength" rule={PARAM_RULES.referStrength} value={background.referStrength} onChange={(referStrength) => edit({ referStrength })} slider />
          <SelectField
            label="Resize mode"
            name="Background resize mode"
            value={background.resizeMode as ResizeMode}
            options={RESIZE_MODE_OPTIONS}
            onChange={(resizeMode) => edit({ resizeMode })}
          />
        </>
      ) : null}
    </PanelSection>
  );
}
