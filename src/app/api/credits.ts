import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { callPicpik } from './picpik';

const zCredits = z.looseObject({
  TotalCredits: z.number().optional(),
  UsedCredits: z.number().optional(),
  ExpireTimestamp: z.number().optional(),
});

export const creditsQuery = queryOptions({
  queryKey: ['picpik', 'GetCreditBalance'],
  queryFn: async () => zCredits.parse(await callPicpik({ Action: 'GetCreditBalance' })),
  staleTime: 60_000,
  retry: false,
});
