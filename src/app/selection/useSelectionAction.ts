import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { showNotice } from '../canvas/ui/notice';

/**
 * Runs a selection call from a control: errors become the editor's notice, success says what
 * happened (and in PICPIK mode what it cost).
 */
export function useSelectionAction() {
  const queryClient = useQueryClient();
  return useCallback(
    <T,>(run: (client: QueryClient) => Promise<T>, done?: (value: T) => string) => {
      run(queryClient).then(
        (value) => {
          if (done) showNotice(done(value), 'info');
        },
        (error: Error) => showNotice(error.message),
      );
    },
    [queryClient],
  );
}
