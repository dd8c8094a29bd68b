import { Hono } from 'hono';
import type { Archive } from '../../storage/archive';
import type { ArchivedTask } from '../../storage/records';
import { paramsForHistory } from '../../storage/requestParams';
import type { DesignerVariables } from '../designers/designerAuth';
import { studioError } from '../errors';
import { wholeNumberParam } from '../queryParams';
import { RET } from '../retCodes';

const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 1_000_000;

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
    Designer: task.designer,
    CreatedAt: isoTime(task.createdAt),
    FinishedAt: isoTime(task.finishedAt),
    Params: paramsForHistory(task.params),
    Images: task.images.map((image) => image.url),
    Inputs: task.inputs.map((input) => input.url),
  };
}

/** GET /api/history?page=1&pageSize=20[&mine=true]: archived tasks, newest first, with the total count. */
export function createHistoryRoute(archive: Archive): Hono<{ Variables: DesignerVariables }> {
  const history = new Hono<{ Variables: DesignerVariables }>();
  history.get('/', async (c) => {
    const page = wholeNumberParam('page', c.req.query('page'), 1, MAX_PAGE, 1);
    if (!page.ok) return studioError(c, 400, RET.invalidRequest, page.message);
    const pageSize = wholeNumberParam('pageSize', c.req.query('pageSize'), 1, MAX_PAGE_SIZE, 20);
    if (!pageSize.ok) return studioError(c, 400, RET.invalidRequest, pageSize.message);
    const mine = c.req.query('mine');
    if (mine !== undefined && mine !== 'true' && mine !== 'false') return studioError(c, 400, RET.invalidRequest, `mine must be true or false (got "${mine}")`);
    const designer = c.get('designer');
    if (mine === 'true' && designer === null) return studioError(c, 400, RET.invalidRequest, 'mine=true needs a designer token (the shared STUDIO_TOKEN has no name)');
    const { items, total } = await archive.listHistory({ page: page.value, pageSize: pageSize.value, designer: mine === 'true' ? designer! : undefined });
    return c.json({ items: items.map(historyItem), page: page.value, pageSize: pageSize.value, total });
  });
  return history;
}
