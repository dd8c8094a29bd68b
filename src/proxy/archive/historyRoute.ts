import { Hono } from 'hono';
import { studioError } from '../errors';
import { RET } from '../retCodes';
import type { Archive, ArchivedTask } from './archiveTypes';
import { paramsForHistory } from './requestParams';

const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 1_000_000;

type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** A query parameter that must be a whole number in [min, max]; absent means `fallback`. */
function wholeNumberParam(name: string, text: string | undefined, min: number, max: number, fallback: number): Parsed {
  if (text === undefined) return { ok: true, value: fallback };
  const value = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { ok: true, value };
  return { ok: false, message: `${name} must be a whole number from ${min} to ${max} (got "${text}")` };
}

const isoTime = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** One history entry in the PascalCase style of PICPIK answers. */
function historyItem(task: ArchivedTask) {
  return {
    TaskUID: task.taskUid,
    Action: task.action,
    Mode: task.mode,
    Status: task.status,
    Seed: task.seed,
    ErrorCode: task.errorCode,
    ErrorMessage: task.errorMessage,
    CreatedAt: isoTime(task.createdAt),
    FinishedAt: isoTime(task.finishedAt),
    Params: paramsForHistory(task.params),
    Images: task.images.map((image) => image.url),
    Inputs: task.inputs.map((input) => input.url),
  };
}

/** GET /api/history?page=1&pageSize=20: archived tasks, newest first, with the total count. */
export function createHistoryRoute(archive: Archive): Hono {
  const history = new Hono();
  history.get('/', (c) => {
    const page = wholeNumberParam('page', c.req.query('page'), 1, MAX_PAGE, 1);
    if (!page.ok) return studioError(c, 400, RET.invalidRequest, page.message);
    const pageSize = wholeNumberParam('pageSize', c.req.query('pageSize'), 1, MAX_PAGE_SIZE, 20);
    if (!pageSize.ok) return studioError(c, 400, RET.invalidRequest, pageSize.message);
    const { items, total } = archive.listHistory({ page: page.value, pageSize: pageSize.value });
    return c.json({ items: items.map(historyItem), page: page.value, pageSize: pageSize.value, total });
  });
  return history;
}
