// A Chromium performance trace over the bare DevTools client (scripts/bench/cdpBrowser.mjs), for
// finding what a long main-thread task did: the trace opens in DevTools' Performance panel.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink.user_timing'];

export async function startTrace(browser) {
  const events = [];
  browser.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await browser.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => browser.on('Tracing.tracingComplete', resolve));
      await browser.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/** The page's main-thread tasks over `thresholdMs`: wall time and time on a CPU (tdur), in ms. */
export function longMainThreadTasks(events, thresholdMs = 50) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.name === 'RunTask' && event.dur >= thresholdMs * 1000)
    .map((event) => ({ wallMs: Math.round(event.dur / 1000), cpuMs: Math.round((event.tdur ?? 0) / 1000) }));
}
