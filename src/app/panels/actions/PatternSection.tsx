import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { PARAM_RULES } from '../fields/paramRules';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { useRefusalFor } from '../readinessContext';
import { ReferenceSlot } from './ReferenceSlot';

/** ApplyReferencePattern: the canvas is the raw image, the painted mask the area, plus a pattern image. */
export function PatternSection() {
  const pattern = useStudioStore((s) => s.params.pattern);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const refusal = useRefusalFor('picture', 'mask');
  const edit = (patch: Partial<typeof pattern>) => groupEdited('pattern', patch);
  return (
    <PanelSection title="Pattern">
      <p className={`${HINT_TEXT} pb-1`}>The canvas is the raw image; the painted mask is the area that takes the pattern.</p>
      {refusal ? <p className={`${ERROR_TEXT} pb-1`}>{refusal}</p> : null}
      <ReferenceSlot kind="pattern" label="Pattern image" pickName="Choose pattern image" />
      <ParamNumber
        label="Pattern strength"
        rule={PARAM_RULES.patternReferStrength}
        value={pattern.patternReferStrength}
        onChange={(patternReferStrength) => edit({ patternReferStrength })}
        slider
      />
      <SwitchField
        label="Chaotic mode"
        checked={pattern.chaoticMode}
        onChange={(chaoticMode) => edit({ chaoticMode })}
        hint={pattern.chaoticMode ? undefined : 'Try it when the result is not good.'}
      />
      <SwitchField
        label="Color correction"
        checked={pattern.colorCorrection}
        disabled={pattern.chaoticMode}
        onChange={(colorCorrection) => edit({ colorCorrection })}
        hint={pattern.chaoticMode ? 'Color correction does not work in chaotic mode.' : 'Turn on when the colors drift far from the original.'}
      />
    </PanelSection>
  );
}
