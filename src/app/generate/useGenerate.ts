import { useMutation } from '@tanstack/react-query';
import { useStudioStore } from '../store/studioStore';
import { submitGeneration } from './submitGeneration';

/**
 * The Generate action: reads the current document and form, sends the request, records the
 * task. On failure the error is shown and nothing the designer made is touched.
 */
export function useGenerate() {
  return useMutation({
    mutationKey: ['generate'],
    mutationFn: async () => {
      const state = useStudioStore.getState();
      return submitGeneration(state.params, state.document);
    },
    onSuccess: (task) => useStudioStore.getState().taskSubmitted(task),
  });
}
