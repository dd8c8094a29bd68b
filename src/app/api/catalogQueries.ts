import { queryOptions } from '@tanstack/react-query';
import { validateResponse } from '../../picpik/actions';
import { callPicpik } from './picpik';

/** The models and ControlNets offered by the backend (PICPIK or the local engine); pickers are built from these. */
export const modelsQuery = queryOptions({
  queryKey: ['picpik', 'ListModels'],
  queryFn: async () => parsed('ListModels', await callPicpik({ Action: 'ListModels' })),
  staleTime: 10 * 60_000,
});

export const controlNetsQuery = queryOptions({
  queryKey: ['picpik', 'ListControlNets'],
  queryFn: async () => parsed('ListControlNets', await callPicpik({ Action: 'ListControlNets' })),
  staleTime: 10 * 60_000,
});

function parsed<A extends 'ListModels' | 'ListControlNets'>(action: A, body: unknown) {
  const result = validateResponse(action, body);
  if (!result.ok) throw new Error(`${action} answered in an unexpected shape: ${result.message}`);
  return result.value;
}
