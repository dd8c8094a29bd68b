import { useEffect, useRef } from 'react';

type NewDocumentDialogProps = {
  busy: boolean;
  onCancel: () => void;
  onSaveFirst: () => void;
  onDiscard: () => void;
};

/** Asked before New document throws away work that is in no project file. */
export function NewDocumentDialog({ busy, onCancel, onSaveFirst, onDiscard }: NewDocumentDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });
  useEffect(() => {
    // The safe choice has the focus, so Enter never discards work by accident.
    cancelRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && cancel.current();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/60" onClick={onCancel}>
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="new-document-title"
        aria-describedby="new-document-text"
        className="w-[440px] rounded-lg border border-ink-700 bg-ink-850 p-5 shadow-2xl shadow-black/60"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="new-document-title" className="text-sm font-semibold text-ink-200">
          Start a new document?
        </h2>
        <p id="new-document-text" className="mt-2 text-xs leading-relaxed text-ink-400">
          The canvas, masks, form and results tray have changes that are in no project file. Autosave keeps only
          the open work, so a new document replaces it for good.
        </p>
        <div className="mt-5 flex items-center justify-end gap-2">
          <button ref={cancelRef} type="button" onClick={onCancel} className="h-8 rounded-md px-3 text-xs text-ink-300 hover:bg-ink-700 hover:text-ink-200">
            Cancel
          </button>
          <button type="button" disabled={busy} onClick={onSaveFirst} className="h-8 whitespace-nowrap rounded-md border border-ink-600 px-3 text-xs text-ink-200 hover:bg-ink-700 disabled:opacity-50">
            Save project first
          </button>
          <button type="button" disabled={busy} onClick={onDiscard} className="h-8 whitespace-nowrap rounded-md bg-danger-500/90 px-3 text-xs font-medium text-white hover:bg-danger-500 disabled:opacity-50">
            Discard and start new
          </button>
        </div>
      </div>
    </div>
  );
}
