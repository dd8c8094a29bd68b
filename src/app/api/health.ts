import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './http';

export const zHealth = z.object({
  ok: z.boolean(),
  mode: z.enum(['picpik', 'local']),
  version: z.string(),
});
export type Health = z.infer<typeof zHealth>;

export const healthQuery = queryOptions({
  queryKey: ['health'],
  queryFn: async () => zHealth.parse(await apiFetch('/api/health')),
  // Mode and version; whether the server answers is the connection monitor's business.
  staleTime: 60_000,
});
