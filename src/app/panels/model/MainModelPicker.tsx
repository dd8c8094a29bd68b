import { useQuery } from '@tanstack/react-query';
import { modelsQuery } from '../../api/catalogQueries';
import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, HINT_TEXT, LABEL } from '../fields/fieldStyles';
import { modelOption } from './catalogOptions';
import { ModelCombobox } from './ModelCombobox';
import { OfficialBadge } from './ModelOptionList';

/** MainModel from ListModels; the model object is stored as the catalog gave it (unknown keys kept). */
export function MainModelPicker() {
  const mainModel = useStudioStore((s) => s.params.mainModel);
  const paramsEdited = useStudioStore((s) => s.paramsEdited);
  const models = useQuery(modelsQuery);
  const catalog = Object.values(models.data?.MainModels ?? {});
  const listed = catalog.find((model) => model.ModelCode === mainModel.ModelCode);
  const current = modelOption(listed ?? mainModel);
  const emptyText = models.isPending ? 'Loading models…' : 'No main models';
  return (
    <div className="py-1">
      <div className="mb-1 flex h-4 items-center justify-between">
        <span className={LABEL}>Main model</span>
        {current.official ? <OfficialBadge /> : null}
      </div>
      <ModelCombobox
        label="Main model"
        groups={[{ label: '', options: catalog.map(modelOption) }]}
        selectedText={current.name}
        selectedKey={mainModel.ModelCode}
        hint="Choose a main model"
        emptyText={emptyText}
        onChoose={(option) => {
          const model = catalog.find((entry) => entry.ModelCode === option.key);
          if (model) paramsEdited({ mainModel: model });
        }}
      />
      {models.error ? <p className={`${ERROR_TEXT} mt-1`}>Models could not be loaded: {models.error.message}</p> : null}
      {models.data && !listed ? <p className={`${HINT_TEXT} mt-1`}>{mainModel.ModelCode} is not in this server’s model list.</p> : null}
    </div>
  );
}
