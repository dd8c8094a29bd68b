import { useQuery } from '@tanstack/react-query';
import { healthQuery } from '../api/health';

/** True in PICPIK mode, where every selection call is a task that PICPIK charges credits for. */
export function useCostsCredits(): boolean {
  return useQuery(healthQuery).data?.mode === 'picpik';
}

export const CREDITS_HINT = 'Runs a PICPIK task: costs credits';
