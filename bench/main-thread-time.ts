/**
 * How much work a page's main thread did while `run` drove it, from a Chromium trace: the thread
 * time (CPU time) of every task the page's renderer main thread ran. Thread time, unlike wall
 * time, does not grow when other processes take the CPU, so figures from a busy machine still
 * compare. Only the 'toplevel' trace category is recorded: one event per task, cheap to collect.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadTime {
  /** CPU time of the page's main-thread tasks, ms. */
  cpuMs: number;
  /** Wall time of the same tasks, ms. */
  wallMs: number;
}

export async function measureMainThread(context: BrowserContext, run: (page: Page) => Promise<void>): Promise<MainThreadTime> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] } });
  try {
    await run(page);
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
  }
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // Several renderers may be traced (other tabs, extension pages): the page's is the busiest.
  const perThread = new Map<string, MainThreadTime>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mainThreads.has(thread)) continue;
    const sum = perThread.get(thread) ?? { cpuMs: 0, wallMs: 0 };
    sum.cpuMs += (e.tdur ?? 0) / 1000;
    sum.wallMs += (e.dur ?? 0) / 1000;
    perThread.set(thread, sum);
  }
  return [...perThread.values()].sort((a, b) => b.cpuMs - a.cpuMs)[0] ?? { cpuMs: 0, wallMs: 0 };
}
