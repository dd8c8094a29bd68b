import { getAsset } from '../../canvas/assets';
import { setReference } from '../../canvas/commands/documentCommands';
import { ImageIcon } from '../../canvas/ui/icons';
import type { ReferenceKind } from '../../store/documentTypes';
import { useStudioStore } from '../../store/studioStore';
import { ERROR_TEXT, LABEL, SMALL_BUTTON } from '../fields/fieldStyles';
import { useRefusalFor } from '../readinessContext';
import { IMAGE_TYPES, useFileDrop, useImageImport } from './imageFiles';

type ReferenceSlotProps = {
  kind: ReferenceKind;
  /** "Reference image", "Background reference", "Pattern image". */
  label: string;
  /** Accessible name of the file input, e.g. "Choose pattern image". */
  pickName: string;
};

const CHECKERBOARD = { backgroundImage: 'repeating-conic-gradient(#2a2d33 0 25%, #1f2126 0 50%)', backgroundSize: '10px 10px' };

/** A labelled drop zone for one reference image: drop a file or click to choose; thumbnail and Clear. */
export function ReferenceSlot({ kind, label, pickName }: ReferenceSlotProps) {
  const assetId = useStudioStore((s) => s.document.references[kind]);
  const asset = assetId ? getAsset(assetId) : undefined;
  const { error, importFile } = useImageImport((id) => setReference(kind, id));
  const { over, dropHandlers } = useFileDrop(importFile);
  const refusal = useRefusalFor(kind);
  const problem = error ?? refusal;
  const frame = over ? 'border-accent-500 bg-accent-500/10' : problem ? 'border-danger-500' : 'border-ink-600 hover:border-ink-500';
  return (
    <div role="group" aria-label={label} className="py-1">
      <div className="mb-1 flex items-center justify-between">
        <span className={LABEL}>{label}</span>
        {asset ? (
          <button type="button" aria-label={`Clear ${label.toLowerCase()}`} onClick={() => setReference(kind, null)} className={SMALL_BUTTON}>
            Clear
          </button>
        ) : null}
      </div>
      <label
        {...dropHandlers}
        data-testid={`slot-${kind}`}
        className={`relative flex h-[84px] cursor-pointer items-center justify-center overflow-hidden rounded-md border border-dashed ${frame} focus-within:border-accent-500`}
        style={asset ? CHECKERBOARD : undefined}
      >
        {asset ? (
          <>
            <img src={asset.thumbnailUrl} alt={`${label}: ${asset.name}`} className="max-h-full max-w-full object-contain" draggable={false} />
            <span className="absolute bottom-1 left-1 max-w-[90%] truncate rounded bg-ink-950/80 px-1 font-mono text-[10px] text-ink-300">
              {asset.width}×{asset.height}
            </span>
          </>
        ) : (
          <span className="flex flex-col items-center gap-1 text-center text-[11px] text-ink-400">
            <ImageIcon className="h-4 w-4 text-ink-500" />
            Drop an image or click to choose
          </span>
        )}
        <input
          type="file"
          accept={IMAGE_TYPES}
          aria-label={pickName}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) importFile(file);
          }}
        />
      </label>
      {problem ? <p className={`${ERROR_TEXT} mt-1`}>{problem}</p> : null}
    </div>
  );
}
