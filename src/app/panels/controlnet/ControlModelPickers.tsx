import type { ControlUnitParams } from '../../request/studioParams';
import { useStudioStore } from '../../store/studioStore';
import { HINT_TEXT } from '../fields/fieldStyles';
import { SelectField } from '../fields/SelectField';
import {
  findControlModel,
  findPreProcessor,
  isKnownPair,
  suggestedControlModel,
  suggestedPreProcessor,
  type ControlNetCatalog,
} from './controlNetPairs';

/** The catalog's display name when it has one; the code is what is sent. */
const entryLabel = (entry: { ModelCode: string; Name?: unknown }) => (typeof entry.Name === 'string' && entry.Name ? entry.Name : entry.ModelCode);

/** Pre-processor and control model of a unit; choosing one selects a fitting other when the current one does not fit. */
export function ControlModelPickers({ unit, catalog }: { unit: ControlUnitParams; catalog: ControlNetCatalog | undefined }) {
  const controlUnitEdited = useStudioStore((s) => s.controlUnitEdited);
  const pre = unit.preProcessor.ModelCode;
  const control = unit.controlModel.ModelCode;
  const preOptions = Object.values(catalog?.PreProcessors ?? {}).map((entry) => ({ value: entry.ModelCode, label: entryLabel(entry) }));
  const controlOptions = Object.values(catalog?.ControlModels ?? {}).map((entry) => ({ value: entry.ModelCode, label: entryLabel(entry) }));

  const choosePreProcessor = (code: string) => {
    const preProcessor = catalog && findPreProcessor(catalog, code);
    if (!catalog || !preProcessor) return;
    const fits = isKnownPair(catalog, code, control);
    const controlModel = fits ? undefined : suggestedControlModel(catalog, code);
    controlUnitEdited(unit.id, { preProcessor, ...(controlModel ? { controlModel } : {}) });
  };
  const chooseControlModel = (code: string) => {
    const controlModel = catalog && findControlModel(catalog, code);
    if (!catalog || !controlModel) return;
    const fits = isKnownPair(catalog, pre, code);
    const preProcessor = fits ? undefined : suggestedPreProcessor(catalog, code);
    controlUnitEdited(unit.id, { controlModel, ...(preProcessor ? { preProcessor } : {}) });
  };
  const mismatch = catalog !== undefined && findControlModel(catalog, control) !== undefined && !isKnownPair(catalog, pre, control);
  return (
    <>
      <SelectField label="Pre-processor" value={pre} options={preOptions} onChange={choosePreProcessor} />
      <SelectField label="Control model" value={control} options={controlOptions} onChange={chooseControlModel} />
      {mismatch ? <p className={`${HINT_TEXT} pl-[100px]`}>{pre} is not a listed pre-processor of this control model.</p> : null}
    </>
  );
}
