import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { useRefusalFor } from '../readinessContext';

/** ModifyMaskedPixels' Masked group: how the painted area is redrawn. */
export function MaskedSection() {
  const masked = useStudioStore((s) => s.params.masked);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const refusal = useRefusalFor('picture', 'mask');
  const edit = (patch: Partial<typeof masked>) => groupEdited('masked', patch);
  return (
    <PanelSection title="Masked area">
      <p className={`${HINT_TEXT} pb-1`}>Paint the area to redraw; extending the canvas outpaints.</p>
      {refusal ? <p className={`${ERROR_TEXT} pb-1`}>{refusal}</p> : null}
      <ParamNumber label="Strength" name="Masked area strength" rule={PARAM_RULES.maskedReferStrength} value={masked.referStrength} onChange={(referStrength) => edit({ referStrength })} slider />
      <ParamNumber label="Mask blur" rule={PARAM_RULES.maskBlur} value={masked.maskBlur} onChange={(maskBlur) => edit({ maskBlur })} slider />
      <SwitchField
        label="Redraw outside the mask"
        checked={masked.invertMask}
        onChange={(invertMask) => edit({ invertMask })}
        hint="Sends InvertMask: what you painted is kept and everything else is redrawn. The painted mask itself does not change (Invert painted mask in the toolbar flips it)."
      />
      <SwitchField
        label="Prompts more important"
        checked={masked.promptsMoreImportant}
        onChange={(promptsMoreImportant) => edit({ promptsMoreImportant })}
      />
    </PanelSection>
  );
}
