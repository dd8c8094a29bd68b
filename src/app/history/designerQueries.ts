import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '../api/http';

/** GET /api/me: the designer this session's token belongs to; null with the shared token or none. */
export const zMe = z.object({ designer: z.string().nullable() });

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => zMe.parse(await apiFetch('/api/me')),
  staleTime: 5 * 60_000,
});

const zUsageRow = z.object({ Designer: z.string().nullable(), Day: z.string(), Tasks: z.number(), Credits: z.number() });

/** GET /api/usage?days=N (see src/proxy/designers/designerRoutes.ts). */
export const zUsage = z.object({
  days: z.int(),
  since: z.string(),
  until: z.string(),
  designer: z.string().nullable(),
  items: z.array(zUsageRow),
  totals: z.array(zUsageRow.omit({ Day: true })),
});
export type Usage = z.infer<typeof zUsage>;

export const usageQuery = (days: number) =>
  queryOptions({
    queryKey: ['usage', days],
    queryFn: async () => zUsage.parse(await apiFetch(`/api/usage?days=${days}`)),
    staleTime: 0,
  });

/** How a missing designer reads in History and usage. */
export const UNNAMED_DESIGNER = 'Shared token';
