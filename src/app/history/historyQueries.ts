import { infiniteQueryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '../api/http';

/** One archived task of GET /api/history (see src/proxy/archive/historyRoute.ts). */
export const zHistoryItem = z.object({
  TaskUID: z.string().min(1),
  Action: z.string(),
  Mode: z.string().nullish(),
  /** Who submitted it: a designer's name, or null (shared STUDIO_TOKEN, open studio, or an older task). */
  Designer: z.string().nullish(),
  Status: z.string().nullish(),
  Seed: z.number().nullish(),
  ErrorCode: z.number().nullish(),
  ErrorMessage: z.string().nullish(),
  CreatedAt: z.string().nullish(),
  FinishedAt: z.string().nullish(),
  /** The request without credentials; image bodies are `{ Hash, Bytes }` references. */
  Params: z.record(z.string(), z.unknown()).catch({}),
  Images: z.array(z.string()).catch([]),
  /** /files/ URLs of the archived input images. */
  Inputs: z.array(z.string()).catch([]),
});
export type HistoryItem = z.infer<typeof zHistoryItem>;

export const zHistoryPage = z.object({
  items: z.array(zHistoryItem),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type HistoryPage = z.infer<typeof zHistoryPage>;

export const HISTORY_PAGE_SIZE = 20;

export const historyKeys = {
  all: ['history'] as const,
  pages: (pageSize: number, mine: boolean) => ['history', 'pages', pageSize, mine] as const,
};

/** Newest first, page by page ("Load more"); refetched whenever the panel opens. `mine`: only this designer's tasks. */
export const historyPagesQuery = (pageSize = HISTORY_PAGE_SIZE, mine = false) =>
  infiniteQueryOptions({
    queryKey: historyKeys.pages(pageSize, mine),
    queryFn: async ({ pageParam }) => zHistoryPage.parse(await apiFetch(`/api/history?page=${pageParam}&pageSize=${pageSize}${mine ? '&mine=true' : ''}`)),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    staleTime: 0,
  });

/** Pages flattened; a task that moved to the next page while paging is listed once. */
export function historyItemsOf(pages: readonly HistoryPage[] | undefined): HistoryItem[] {
  const seen = new Set<string>();
  return (pages ?? []).flatMap((page) => page.items).filter((item) => !seen.has(item.TaskUID) && Boolean(seen.add(item.TaskUID)));
}
