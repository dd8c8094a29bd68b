import { useState, type MouseEvent } from 'react';
import { clearMask, invertMask } from '../canvas/commands/maskEdits';
import { usePopover } from '../canvas/ui/usePopover';
import { useStudioStore } from '../store/studioStore';
import { layerAlpha } from './layerAlpha';
import { MaskAmountDialog, type AmountOperation } from './MaskAmountDialog';
import { combineIntoMask, fillActiveMaskHoles, modeFromKeys, selectAllInActiveMask } from './maskCommands';
import { AMOUNT_OPERATIONS } from './maskMenuItems';
import { layerToCutOut, removeBackground } from './removeBackground';
import { selectSubject } from './selectSubject';
import { creditsNote } from './selectionRun';
import { CREDITS_HINT, useCostsCredits } from './useCostsCredits';
import { useCutOutForBackgrounds } from './useCutOutForBackgrounds';
import { useSelectionAction } from './useSelectionAction';

interface Item {
  label: string;
  hint: string;
  keys?: string;
  disabled?: boolean;
  run: (event: MouseEvent) => void;
}

function useLayerName(): string | null {
  const doc = useStudioStore((s) => s.document);
  const selected = useStudioStore((s) => s.selectedForegroundId);
  const layer = layerToCutOut(doc, selected);
  if (!layer) return null;
  return layer.kind === 'base' ? 'the picture' : (doc.foregrounds.find((fg) => fg.id === layer.id)?.name ?? 'the layer');
}

/** The Select menu: whole-mask operations and the calls that find the subject or cut it out. */
export function SelectMenu() {
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const [amount, setAmount] = useState<AmountOperation | null>(null);
  const busy = useStudioStore((s) => s.selectionBusy);
  const costs = useCostsCredits();
  const layerName = useLayerName();
  const runCall = useSelectionAction();
  const cutOutForBackgrounds = useCutOutForBackgrounds();
  const state = useStudioStore.getState;
  const paid = costs ? ` · ${CREDITS_HINT}` : '';
  const layerOf = () => layerToCutOut(state().document, state().selectedForegroundId);

  const items: (Item | 'divider')[] = [
    {
      label: 'Select subject',
      hint: `The main subject becomes the mask · Shift adds, Alt subtracts${paid}`,
      disabled: busy !== null,
      run: (event) => {
        const mode = modeFromKeys(event);
        runCall((client) => selectSubject(client, mode), (result) => `Subject selected${creditsNote(result.credits)}`);
      },
    },
    { label: 'Select object tool', hint: 'Click the object, Alt-click what to leave out', keys: 'W', run: () => state().toolSelected('object') },
    'divider',
    { label: 'Select all', hint: 'Mask the whole picture', run: selectAllInActiveMask },
    { label: 'Invert mask', hint: 'Masked becomes unmasked', keys: 'Ctrl+I', run: () => invertMask(state().activeMaskId) },
    { label: 'Clear mask', hint: 'Nothing masked', keys: 'Ctrl+D', run: () => clearMask(state().activeMaskId) },
    { label: 'Grow mask…', hint: 'Widen the mask by some pixels', run: () => setAmount(AMOUNT_OPERATIONS.grow()) },
    { label: 'Shrink mask…', hint: 'Narrow the mask by some pixels', run: () => setAmount(AMOUNT_OPERATIONS.shrink()) },
    { label: 'Smooth mask…', hint: 'Round off jagged edges, drop specks', run: () => setAmount(AMOUNT_OPERATIONS.smooth()) },
    { label: 'Fill holes', hint: 'Mask what the mask encloses', run: fillActiveMaskHoles },
    {
      label: 'Mask from layer transparency',
      hint: `Opaque pixels of ${layerName ?? 'a layer'} · Shift adds, Alt subtracts`,
      disabled: !layerName,
      run: (event) => {
        const layer = layerOf();
        if (!layer) return;
        const { area, source } = layerAlpha(state().document, layer);
        combineIntoMask('Mask from layer', area, source, modeFromKeys(event));
      },
    },
    'divider',
    {
      label: 'Remove background',
      hint: `Cut ${layerName ?? 'a layer'} out onto a new layer${paid}`,
      disabled: busy !== null || !layerName,
      run: () => {
        const layer = layerOf();
        if (layer) runCall((client) => removeBackground(client, layer), (cut) => `Cut-out added as a new layer${creditsNote(cut.credits)}`);
      },
    },
    {
      label: 'Cut out and generate backgrounds',
      hint: `Cut-out, then Generate Backgrounds around it${paid}`,
      disabled: busy !== null || !layerName,
      run: cutOutForBackgrounds,
    },
  ];

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setAmount(null);
          setOpen(!open);
        }}
        className="flex h-7 items-center gap-1.5 rounded-md px-2 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200 aria-expanded:bg-ink-700"
      >
        Select
      </button>
      {open && !amount ? (
        <div role="menu" aria-label="Select" className="absolute left-0 top-9 z-30 w-72 rounded-lg border border-ink-700 bg-ink-850 p-1 shadow-2xl shadow-black/50">
          {items.map((item, index) =>
            item === 'divider' ? (
              <div key={`divider-${index}`} role="separator" className="my-1 h-px bg-ink-700" />
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                aria-label={item.label}
                aria-keyshortcuts={item.keys}
                disabled={item.disabled}
                onClick={(event) => {
                  if (!item.label.endsWith('…')) setOpen(false);
                  item.run(event);
                }}
                className="flex w-full items-baseline gap-2 rounded-md px-2.5 py-1.5 text-left hover:bg-accent-500/15 focus:bg-accent-500/15 focus:outline-none disabled:opacity-40"
              >
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="text-xs text-ink-200">{item.label}</span>
                  <span className="text-[11px] text-ink-500">{item.hint}</span>
                </span>
                {item.keys ? <span className="font-mono text-[10px] text-ink-500">{item.keys}</span> : null}
              </button>
            ),
          )}
        </div>
      ) : null}
      {open && amount ? (
        <MaskAmountDialog
          operation={amount}
          onClose={() => {
            setAmount(null);
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
