import { useStudioStore } from '../../store/studioStore';
import { SwitchField } from '../fields/SwitchField';
import { PanelSection } from '../layout/PanelSection';
import { PromptHistoryMenu } from './PromptHistoryMenu';
import { PromptList } from './PromptList';

/** Positive and negative prompts, translation, history. The legacy action calls its switch TranslatePrompt. */
export function PromptsSection({ legacy = false }: { legacy?: boolean }) {
  const translate = useStudioStore((s) => s.params.translatePrompts);
  const paramsEdited = useStudioStore((s) => s.paramsEdited);
  const positiveCount = useStudioStore((s) => s.params.positivePrompts.filter((p) => p.trim()).length);
  return (
    <PanelSection title="Prompts" summary={`${positiveCount} positive`} actions={<PromptHistoryMenu />}>
      <PromptList list="positivePrompts" kind="Positive" hint="What should appear, e.g. a cat on a velvet sofa" />
      <PromptList list="negativePrompts" kind="Negative" hint="What should not appear" />
      <SwitchField
        label={legacy ? 'Translate prompt' : 'Translate prompts'}
        checked={translate}
        onChange={(translatePrompts) => paramsEdited({ translatePrompts })}
        hint="Prompts in other languages are translated to English."
      />
    </PanelSection>
  );
}
