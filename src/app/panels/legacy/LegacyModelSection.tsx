import { useQuery } from '@tanstack/react-query';
import type { LegacyModelType, LegacySampler } from '../../../picpik/enums';
import { modelsQuery } from '../../api/catalogQueries';
import { useStudioStore } from '../../store/studioStore';
import { LEGACY_MODEL_TYPE_OPTIONS, LEGACY_SAMPLER_OPTIONS } from '../fields/enumOptions';
import { HINT_TEXT } from '../fields/fieldStyles';
import { ParamNumber } from '../fields/ParamNumber';
import { LEGACY_RULES } from '../fields/paramRules';
import { SelectField } from '../fields/SelectField';
import { PanelSection } from '../layout/PanelSection';
import { legacyQuickPicks } from '../model/catalogOptions';
import { LegacySubModels } from './LegacySubModels';

/** Official models of ListModels that carry a LegacyId, as one-click MainModelIds. */
function MainModelQuickPicks({ current, onPick }: { current: number; onPick: (id: number) => void }) {
  const models = useQuery(modelsQuery);
  const picks = legacyQuickPicks(models.data?.MainModels ?? {});
  if (picks.length === 0) return null;
  return (
    <div role="group" aria-label="Main model quick picks" className="flex flex-wrap gap-1 pb-1 pl-[100px]">
      {picks.map((pick) => (
        <button
          key={pick.id}
          type="button"
          aria-pressed={pick.id === current}
          aria-label={`Use ${pick.name} (MainModelId ${pick.id})`}
          onClick={() => onPick(pick.id)}
          className="h-5 rounded-full border border-ink-600 px-2 text-[10px] text-ink-300 hover:border-ink-400 aria-pressed:border-accent-500 aria-pressed:bg-accent-500/10 aria-pressed:text-accent-400"
        >
          {pick.name} · {pick.id}
        </button>
      ))}
    </div>
  );
}

/** GenerateTxt2Img's model and sampling fields (the legacy names and ranges). */
export function LegacyModelSection() {
  const legacy = useStudioStore((s) => s.params.legacy);
  const groupEdited = useStudioStore((s) => s.groupEdited);
  const edit = (patch: Partial<typeof legacy>) => groupEdited('legacy', patch);
  return (
    <PanelSection title="Model" summary={`#${legacy.mainModelId} · ${legacy.sampler}`}>
      <SelectField label="Model type" value={legacy.modelType as LegacyModelType} options={LEGACY_MODEL_TYPE_OPTIONS} onChange={(modelType) => edit({ modelType })} />
      <ParamNumber label="Main model ID" rule={LEGACY_RULES.mainModelId} value={legacy.mainModelId} onChange={(mainModelId) => edit({ mainModelId })} boxWidth="w-20" />
      {legacy.modelType === 'combined_model' ? <MainModelQuickPicks current={legacy.mainModelId} onPick={(mainModelId) => edit({ mainModelId })} /> : <LegacySubModels />}
      <SelectField label="Sampler" value={legacy.sampler as LegacySampler} options={LEGACY_SAMPLER_OPTIONS} onChange={(sampler) => edit({ sampler })} />
      <ParamNumber label="Steps" rule={LEGACY_RULES.steps} value={legacy.steps} onChange={(steps) => edit({ steps })} slider boxWidth="w-12" />
      <ParamNumber label="CFG scale" rule={LEGACY_RULES.cfgScale} value={legacy.cfgScale} onChange={(cfgScale) => edit({ cfgScale })} slider boxWidth="w-12" />
      <ParamNumber label="Clip skip" rule={LEGACY_RULES.clipSkip} value={legacy.clipSkip} onChange={(clipSkip) => edit({ clipSkip })} slider boxWidth="w-12" />
      <p className={`${HINT_TEXT} pt-1`}>GenerateTxt2Img is no longer maintained by PICPIK.</p>
    </PanelSection>
  );
}
