import { useStudioStore } from '../../store/studioStore';
import { HINT_TEXT, LABEL } from '../fields/fieldStyles';
import { PanelSection } from '../layout/PanelSection';
import { MainModelPicker } from './MainModelPicker';
import { SubModelPicker } from './SubModelPicker';
import { SubModelRow } from './SubModelRow';

/** MainModel and SubModelList of the four current actions. */
export function ModelSection() {
  const subModels = useStudioStore((s) => s.params.subModels);
  const mainCode = useStudioStore((s) => s.params.mainModel.ModelCode);
  return (
    <PanelSection title="Model" summary={mainCode}>
      <MainModelPicker />
      <div className="mb-1 mt-2 flex h-4 items-center justify-between">
        <span className={LABEL}>Sub-models</span>
        <span className="text-[10px] text-ink-500">{subModels.length > 0 ? `${subModels.filter((s) => s.enabled).length} of ${subModels.length} on` : ''}</span>
      </div>
      {subModels.length > 0 ? (
        <ul aria-label="Sub-models" className="mb-1.5 space-y-1.5">
          {subModels.map((choice) => (
            <SubModelRow key={choice.model.ModelCode} choice={choice} />
          ))}
        </ul>
      ) : (
        <p className={`${HINT_TEXT} mb-1.5`}>LoRA, embedding and hypernetwork models refine the main model.</p>
      )}
      <SubModelPicker />
    </PanelSection>
  );
}
