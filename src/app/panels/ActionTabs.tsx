import type { KeyboardEvent } from 'react';
import { STUDIO_ACTIONS, type StudioAction } from '../request/studioParams';
import { useStudioStore } from '../store/studioStore';

/** Tab names after the seed pages (the accessible names the studio and its tests use). */
export const ACTION_TAB_LABELS: Record<StudioAction, string> = {
  GenerateImages: 'Generate Images',
  ModifyMaskedPixels: 'Inpaint / Outpaint',
  GenerateBackgrounds: 'Generate Backgrounds',
  ApplyReferencePattern: 'Pattern Conversion',
  GenerateTxt2Img: 'Text to Image (legacy)',
};

export const actionTabId = (action: StudioAction) => `action-tab-${action}`;

/** The five actions as tabs; arrows, Home and End move between them (and select, like most editors). */
export function ActionTabs({ panelId }: { panelId: string }) {
  const current = useStudioStore((s) => s.params.action);
  const actionSelected = useStudioStore((s) => s.actionSelected);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = STUDIO_ACTIONS.indexOf(current);
    const last = STUDIO_ACTIONS.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const action = STUDIO_ACTIONS[(next + STUDIO_ACTIONS.length) % STUDIO_ACTIONS.length]!;
    actionSelected(action);
    document.getElementById(actionTabId(action))?.focus();
  };
  return (
    <div role="tablist" aria-label="Generation action" onKeyDown={onKeyDown} className="grid grid-cols-2 gap-1 px-3 pb-2.5">
      {STUDIO_ACTIONS.map((action) => {
        const selected = action === current;
        return (
          <button
            key={action}
            id={actionTabId(action)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => actionSelected(action)}
            className={`h-7 truncate rounded-md px-2 text-[11px] font-medium transition-colors last:col-span-2 ${
              selected ? 'bg-accent-500/15 text-accent-400 ring-1 ring-inset ring-accent-500/50' : 'bg-ink-850 text-ink-300 hover:bg-ink-800 hover:text-ink-200'
            }`}
          >
            {ACTION_TAB_LABELS[action]}
          </button>
        );
      })}
    </div>
  );
}
