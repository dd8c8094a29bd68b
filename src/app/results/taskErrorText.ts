import type { TaskDetail } from '../../picpik/queries';

const WHOLE_PICTURE = 'The mask covers the whole picture, so there is nothing left to rebuild it from: the local engine fills the mask from the rest of the picture.';

/**
 * Engine messages a designer meets, said in their words with what to do (the first match wins).
 * Anything else is shown as the backend sent it, with the task's status.
 */
const KNOWN: [RegExp, string][] = [
  // The engine's advice names the request field; the studio's switch is called otherwise.
  [/mask covers the whole picture.*Invert mask/i, `${WHOLE_PICTURE} "Redraw outside the mask" is on, so everything you did not paint is redrawn: turn it off, or paint only what should stay.`],
  [
    /mask covers (everything|the whole picture)/i,
    `${WHOLE_PICTURE} Paint only what should change (Ctrl+I inverts the mask back, Ctrl+D clears it), or turn on Image2Image to give it a source.`,
  ],
];

export function taskErrorText(detail: Pick<TaskDetail, 'ErrorMassage' | 'ErrorCode' | 'Status'>): string {
  const raw = detail.ErrorMassage || `Error ${detail.ErrorCode ?? ''}`.trim();
  const known = KNOWN.find(([pattern]) => pattern.test(raw));
  return known ? known[1] : `${raw} (${detail.Status ?? 'failed'})`;
}
