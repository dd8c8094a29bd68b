import { useEffect, useState, type RefObject } from 'react';
import { openImageFile } from '../ui/openImageFile';

function firstImageFile(items: DataTransferItemList | null | undefined): File | null {
  for (const item of Array.from(items ?? [])) {
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  }
  return null;
}

/**
 * Drop an image on the canvas or paste one from the clipboard to open it.
 * Returns whether a drag with files is over the canvas, for the drop highlight.
 */
export function useImageDropAndPaste(ref: RefObject<HTMLElement | null>, onError: (message: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!element.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = firstImageFile(event.dataTransfer?.items) ?? event.dataTransfer?.files[0] ?? null;
      if (!file) return onError('Drop an image file (PNG, JPEG or WebP)');
      openImageFile(file, file.name);
    };
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target;
      if (target instanceof Element && target.closest('input, textarea, [contenteditable="true"]')) return;
      const file = firstImageFile(event.clipboardData?.items);
      if (!file) return;
      event.preventDefault();
      openImageFile(file, file.name || 'Pasted image');
    };
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('dragleave', onDragLeave);
    element.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('dragleave', onDragLeave);
      element.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [ref, onError]);
  return dragging;
}
