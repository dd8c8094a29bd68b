import type { StudioAction } from '../request/studioParams';
import { BackgroundReferenceSection, ForegroundSection } from './actions/BackgroundSections';
import { Image2ImageSection } from './actions/Image2ImageSection';
import { MaskedSection } from './actions/MaskedSection';
import { PatternSection } from './actions/PatternSection';
import { ControlNetSection } from './controlnet/ControlNetSection';
import { LegacyControlNetSection } from './legacy/LegacyControlNetSection';
import { LegacyModelSection } from './legacy/LegacyModelSection';
import { ModelSection } from './model/ModelSection';
import { PromptsSection } from './prompts/PromptsSection';
import { SettingsSection } from './settings/SettingsSection';

/** Exactly the documented fields of one action, as collapsible groups: model, prompts, the action's own, settings. */
export function ActionFields({ action }: { action: StudioAction }) {
  if (action === 'GenerateTxt2Img') {
    return (
      <>
        <LegacyModelSection />
        <PromptsSection legacy />
        <SettingsSection action={action} />
        <LegacyControlNetSection />
      </>
    );
  }
  return (
    <>
      <ModelSection />
      <PromptsSection />
      {action === 'ModifyMaskedPixels' ? <MaskedSection /> : null}
      {action === 'GenerateBackgrounds' ? (
        <>
          <ForegroundSection />
          <BackgroundReferenceSection />
        </>
      ) : null}
      {action === 'ApplyReferencePattern' ? <PatternSection /> : null}
      {action === 'GenerateImages' || action === 'ModifyMaskedPixels' ? <Image2ImageSection /> : null}
      {action === 'GenerateImages' ? <ControlNetSection /> : null}
      <SettingsSection action={action} />
    </>
  );
}
