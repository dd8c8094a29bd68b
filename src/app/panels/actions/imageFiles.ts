import { useState, type DragEvent } from 'react';
import { addAsset } from '../../canvas/assets';

export const IMAGE_TYPES = 'image/png,image/jpeg,image/webp';

/** Keeps a chosen or dropped image file as an asset; refuses files that are not images. */
export async function assetFromFile(file: File): Promise<string> {
  if (!file.type.startsWith('image/')) throw new Error(`${file.name} is not an image`);
  return addAsset(file, file.name);
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Drag-and-drop of one image file onto a zone; `over` is true while a file hovers it. */
export function useFileDrop(onFile: (file: File) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    dropHandlers: {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      },
    },
  };
}

/** Runs an image import and keeps its failure message for the slot to show. */
export function useImageImport(assign: (assetId: string) => void) {
  const [error, setError] = useState<string | null>(null);
  const importFile = (file: File) => {
    assetFromFile(file)
      .then((assetId) => {
        setError(null);
        assign(assetId);
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };
  return { error, importFile };
}
