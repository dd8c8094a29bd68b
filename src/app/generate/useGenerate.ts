import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useStudioStore } from '../store/studioStore';
import { submitGeneration } from './submitGeneration';

/** Which retry of a transient failure is running, for "Retrying (2/3)…". */
export interface RetryProgress {
  attempt: number;
  of: number;
}

/**
 * The Generate action: reads the current document and form, sends the request; the task
 * lands in the tray (submitGeneration). On failure the error is shown and nothing the designer
 * made is touched.
 */
export function useGenerate() {
  const [retrying, setRetrying] = useState<RetryProgress | null>(null);
  const mutation = useMutation({
    mutationKey: ['generate'],
    mutationFn: async () => {
      const state = useStudioStore.getState();
      try {
        return await submitGeneration(state.params, state.document, { onRetry: (attempt, of) => setRetrying({ attempt, of }) });
      } finally {
        setRetrying(null);
      }
    },
  });
  return { ...mutation, retrying };
}
