import type { StudioAction } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { ParamNumber } from '../fields/ParamNumber';
import { LEGACY_RULES, PARAM_RULES } from '../fields/paramRules';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { SeedField } from './SeedField';
import { SizeRow } from './SizeRow';

/** Seed, size, batch and the action's output switches (Tileable only on Generate Images; the legacy VAE flag). */
export function SettingsSection({ action }: { action: StudioAction }) {
  const batchSize = useStudioStore((s) => s.params.batchSize);
  const useMainModelVAE = useStudioStore((s) => s.params.useMainModelVAE);
  const tileable = useStudioStore((s) => s.params.tileable);
  const useCustomVae = useStudioStore((s) => s.params.legacy.useCustomMainModelVae);
  const { paramsEdited, groupEdited } = useStudioStore.getState();
  const legacy = action === 'GenerateTxt2Img';
  const rules = legacy ? LEGACY_RULES : PARAM_RULES;
  return (
    <PanelSection title="Settings" summary={`${batchSize} × image`}>
      <SeedField rule={rules.seed} />
      <SizeRow />
      <ParamNumber label="Batch size" rule={rules.batchSize} value={batchSize} onChange={(value) => paramsEdited({ batchSize: value })} slider boxWidth="w-12" />
      {legacy ? (
        <SwitchField
          label="Use custom main model VAE"
          checked={useCustomVae}
          onChange={(useCustomMainModelVae) => groupEdited('legacy', { useCustomMainModelVae })}
        />
      ) : (
        <SwitchField label="Use main model VAE" checked={useMainModelVAE} onChange={(value) => paramsEdited({ useMainModelVAE: value })} />
      )}
      {action === 'GenerateImages' ? (
        <SwitchField label="Tileable" checked={tileable} onChange={(value) => paramsEdited({ tileable: value })} hint="For textures and patterns that repeat seamlessly." />
      ) : null}
    </PanelSection>
  );
}
