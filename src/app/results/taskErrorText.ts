import type { TaskDetail } from '../../picpik/queries';

/**
 * Engine messages a designer meets, said in their words with what to do. Anything else is shown
 * as the backend sent it, with the task's status.
 */
const KNOWN: [RegExp, string][] = [
  [
    /mask covers everything/i,
    'The mask covers the whole picture, so there is nothing left to rebuild it from: the local engine fills the mask from the rest of the picture. Paint only what should change (Ctrl+I inverts the mask back, Ctrl+D clears it), or turn on Image2Image to give it a source.',
  ],
];

export function taskErrorText(detail: Pick<TaskDetail, 'ErrorMassage' | 'ErrorCode' | 'Status'>): string {
  const raw = detail.ErrorMassage || `Error ${detail.ErrorCode ?? ''}`.trim();
  const known = KNOWN.find(([pattern]) => pattern.test(raw));
  return known ? known[1] : `${raw} (${detail.Status ?? 'failed'})`;
}
