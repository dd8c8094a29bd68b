import { Hono } from 'hono';
import type { TaskRows } from '../../storage/taskIndex';
import { studioError } from '../errors';
import { wholeNumberParam } from '../queryParams';
import { RET } from '../retCodes';
import type { DesignerVariables } from './designerAuth';

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** GET /api/me: who this session is (the designer of its token, or null for the shared token). */
export function createMeRoute(): Hono<{ Variables: DesignerVariables }> {
  const me = new Hono<{ Variables: DesignerVariables }>();
  me.get('/', (c) => c.json({ designer: c.get('designer') }));
  return me;
}

/**
 * GET /api/usage?days=30: tasks and credits (PICPIK's ConsumeApiPoint, archived when a task
 * finishes) per designer and UTC day, for the last `days` days including today, plus totals.
 */
export function createUsageRoute(tasks: Pick<TaskRows, 'usage'>, now: () => number = Date.now): Hono<{ Variables: DesignerVariables }> {
  const usage = new Hono<{ Variables: DesignerVariables }>();
  usage.get('/', async (c) => {
    const days = wholeNumberParam('days', c.req.query('days'), 1, 366, 30);
    if (!days.ok) return studioError(c, 400, RET.invalidRequest, days.message);
    const until = Math.floor(now() / DAY_MS) * DAY_MS + DAY_MS;
    const since = until - days.value * DAY_MS;
    const rows = await tasks.usage({ since, until });
    const totals = new Map<string | null, { Designer: string | null; Tasks: number; Credits: number }>();
    for (const row of rows) {
      const total = totals.get(row.designer) ?? { Designer: row.designer, Tasks: 0, Credits: 0 };
      total.Tasks += row.tasks;
      total.Credits += row.credits;
      totals.set(row.designer, total);
    }
    return c.json({
      days: days.value,
      since: isoDay(since),
      until: isoDay(until - DAY_MS),
      designer: c.get('designer'),
      items: rows.map((row) => ({ Designer: row.designer, Day: row.day, Tasks: row.tasks, Credits: row.credits })),
      totals: [...totals.values()].sort((a, b) => b.Credits - a.Credits || b.Tasks - a.Tasks),
    });
  });
  return usage;
}
