import { useId, useMemo, type ReactNode } from 'react';
import { useForegroundOpaque } from '../generate/foregroundOpacity';
import { useMainMaskPainted } from '../generate/maskPainted';
import { checkReadiness } from '../generate/readiness';
import { useStudioStore } from '../store/studioStore';
import { ActionFields } from './ActionFields';
import { ActionTabs, actionTabId } from './ActionTabs';
import { GenerateFooter } from './footer/GenerateFooter';
import { ReadinessContext } from './readinessContext';

/**
 * Runs the action's real request check on every change of the form or the document, with what
 * the canvas knows: whether anything is painted, whether a foreground has transparency.
 */
function ReadinessProvider({ children }: { children: ReactNode }) {
  const params = useStudioStore((s) => s.params);
  const doc = useStudioStore((s) => s.document);
  const foregroundOpaque = useForegroundOpaque(params.action === 'GenerateBackgrounds', doc);
  const mainMaskPainted = useMainMaskPainted();
  const readiness = useMemo(() => checkReadiness(params, doc, { foregroundOpaque, mainMaskPainted }), [params, doc, foregroundOpaque, mainMaskPainted]);
  return <ReadinessContext value={readiness}>{children}</ReadinessContext>;
}

/**
 * The generation properties of the side panel: action tabs, the action's fields in
 * collapsible groups, and a sticky Generate footer. Mounted under Layers in the scrolling aside.
 */
export function GenerationPanel() {
  const action = useStudioStore((s) => s.params.action);
  const panelId = useId();
  return (
    <ReadinessProvider>
      <section aria-labelledby="generation-heading" className="border-b border-ink-800">
        <header className="flex h-9 items-center px-3">
          <h2 id="generation-heading" className="text-[11px] font-semibold uppercase tracking-wider text-ink-400">
            Generation
          </h2>
        </header>
        <ActionTabs panelId={panelId} />
        <div role="tabpanel" id={panelId} aria-labelledby={actionTabId(action)}>
          <ActionFields action={action} />
        </div>
        <GenerateFooter />
      </section>
    </ReadinessProvider>
  );
}
