import type { ImageSource } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { SegmentedField } from '../fields/SegmentedField';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { useRefusalFor } from '../readinessContext';
import { ReferenceSlot } from './ReferenceSlot';

const SOURCES: readonly { value: ImageSource; label: string }[] = [
  { value: 'canvas', label: 'Canvas' },
  { value: 'slot', label: 'Reference image' },
];

/** Image2Image of GenerateImages and ModifyMaskedPixels: a reference picture and how much it counts. */
export function Image2ImageSection() {
  const img2img = useStudioStore((s) => s.params.img2img);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const refusal = useRefusalFor('img2img');
  const edit = (patch: Partial<typeof img2img>) => groupEdited('img2img', patch);
  return (
    <PanelSection title="Image to image" summary={img2img.enabled ? 'On' : 'Off'}>
      <SwitchField
        label="Image2Image"
        checked={img2img.enabled}
        onChange={(enabled) => edit({ enabled })}
        hint={img2img.enabled ? undefined : 'Start from a reference picture: the canvas or an image of your own.'}
      />
      {img2img.enabled ? (
        <>
          <SegmentedField label="Source" value={img2img.source} options={SOURCES} onChange={(source) => edit({ source })} />
          {img2img.source === 'slot' ? (
            <ReferenceSlot kind="img2img" label="Reference image" pickName="Choose reference image" />
          ) : (
            <p className={`${refusal ? ERROR_TEXT : HINT_TEXT} pb-1`}>{refusal ?? 'The canvas picture (base image and layers) is the reference.'}</p>
          )}
          <ParamNumber label="Strength" name="Reference strength" rule={PARAM_RULES.referStrength} value={img2img.referStrength} onChange={(referStrength) => edit({ referStrength })} slider />
        </>
      ) : null}
    </PanelSection>
  );
}
