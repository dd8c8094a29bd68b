import { useStudioStore } from '../../store/studioStore';
import { resizeCanvas } from '../commands/documentCommands';
import { exportMaskPng } from '../export/exportMaskPng';
import { studioHistory } from '../history/studioHistory';
import { maskMemoryBytes } from '../rasters/maskRegistry';
import { exposeToBench } from './benchProbe';

/** With `?bench`: what scripts/bench-canvas.mjs needs besides the UI. */
export function exposeCanvasToBench(): void {
  exposeToBench({
    exportMaskPng,
    resizeCanvas: (width: number, height: number) => resizeCanvas(width, height, { column: 1, row: 1 }),
    documentSize: () => {
      const { width, height } = useStudioStore.getState().document;
      return { width, height };
    },
    history: () => studioHistory.getSnapshot(),
    maskMemoryBytes,
  });
}
