import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { UNNAMED_DESIGNER, usageQuery } from './designerQueries';

const PERIODS = [7, 30, 90] as const;
const credits = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Tasks and credits per designer (totals, then per day) for the last 7, 30 or 90 days. */
export function UsageView() {
  const [days, setDays] = useState<number>(30);
  const usage = useQuery(usageQuery(days));
  const cell = 'px-2 py-1 text-right font-mono';
  return (
    <div className="flex flex-col gap-3 text-xs text-ink-300">
      <label className="flex items-center gap-2">
        Period
        <select value={days} onChange={(event) => setDays(Number(event.target.value))} className="h-7 rounded-md border border-ink-700 bg-ink-900 px-2 text-ink-200">
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              Last {period} days
            </option>
          ))}
        </select>
      </label>
      {usage.isPending ? <p className="text-ink-400">Loading usage…</p> : null}
      {usage.isError ? <p role="alert" className="text-danger-500">The usage could not be loaded: {usage.error.message}</p> : null}
      {usage.data ? (
        <>
          <p className="text-[11px] text-ink-500">
            {usage.data.since} to {usage.data.until} (UTC). Credits are what PICPIK charged (ConsumeApiPoint); the local engine is free.
          </p>
          {usage.data.totals.length === 0 ? <p className="text-ink-400">No tasks in this period.</p> : null}
          <table aria-label="Usage per designer" className="w-full border-collapse">
            <thead className="text-left text-[11px] text-ink-500">
              <tr>
                <th className="px-2 py-1 font-medium">Designer</th>
                <th className="px-2 py-1 text-right font-medium">Tasks</th>
                <th className="px-2 py-1 text-right font-medium">Credits</th>
              </tr>
            </thead>
            <tbody>
              {usage.data.totals.map((row) => (
                <tr key={row.Designer ?? ''} className="border-t border-ink-800">
                  <td className="px-2 py-1 text-ink-200">{row.Designer ?? UNNAMED_DESIGNER}{row.Designer !== null && row.Designer === usage.data.designer ? ' (you)' : ''}</td>
                  <td className={cell}>{row.Tasks}</td>
                  <td className={cell}>{credits(row.Credits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {usage.data.items.length > 0 ? (
            <table aria-label="Usage per designer and day" className="w-full border-collapse">
              <thead className="text-left text-[11px] text-ink-500">
                <tr>
                  <th className="px-2 py-1 font-medium">Day</th>
                  <th className="px-2 py-1 font-medium">Designer</th>
                  <th className="px-2 py-1 text-right font-medium">Tasks</th>
                  <th className="px-2 py-1 text-right font-medium">Credits</th>
                </tr>
              </thead>
              <tbody>
                {usage.data.items.map((row) => (
                  <tr key={`${row.Day}-${row.Designer ?? ''}`} className="border-t border-ink-800">
                    <td className="px-2 py-1 font-mono">{row.Day}</td>
                    <td className="px-2 py-1 text-ink-200">{row.Designer ?? UNNAMED_DESIGNER}</td>
                    <td className={cell}>{row.Tasks}</td>
                    <td className={cell}>{credits(row.Credits)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
