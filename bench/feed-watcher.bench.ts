/**
 * The feed watcher's cost in real Chromium, on a synthetic infinite-scroll feed of 1,000 posts
 * added in bursts of 20 every 50 ms (half of them flagged). Each round runs the same page in a
 * browser with Realign, in one with Realign's labels paused (everything judged, marked and
 * counted, no badge drawn), and in one without Realign, and reads Chromium's own main-thread
 * accounting (CDP Performance.getMetrics: TaskDuration, ScriptDuration) plus the page's long
 * tasks (> 50 ms).
 *
 *   added main-thread time per post = (TaskDuration with − without) / posts
 */
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../harness/browser';
import { formatRow, summarise } from './stats';
import { syntheticFeedHtml } from './synthetic-feed';

const POSTS = 1_000;
const BURST = 20;
const EVERY_MS = 50;
const ROUNDS = 5;
const URL = 'https://mastodon.social/bench-feed';

interface Run {
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
}

async function runOnce(session: ExtensionSession, isWatched: boolean): Promise<Run> {
  const page: Page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL);
  await page.waitForFunction(() => (window as unknown as { __feedDone?: boolean }).__feedDone === true, null, {
    timeout: 60_000,
  });
  if (isWatched) {
    await page.waitForFunction((n) => document.querySelectorAll('article[data-realign]').length >= n, POSTS, {
      timeout: 60_000,
    });
  }
  await page.waitForTimeout(300); // let the last slice and the seen tracker's timers settle
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  return { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), longTasks };
}

const html = syntheticFeedHtml(POSTS, BURST, EVERY_MS);
const withRealign = await launchExtension();
const paused = await launchExtension();
const without = await launchExtension({ extensionDir: null });
await paused.setExtensionStorage({ labelsPausedUntil: Date.now() + 3_600_000 });
for (const session of [withRealign, paused, without]) await session.serve(URL, { html });

const perPostMs: number[] = [];
const perPostPausedMs: number[] = [];
const scriptRatio: number[] = [];
const taskWith: number[] = [];
const taskWithout: number[] = [];
let longWith = 0;
let longWithout = 0;
try {
  await runOnce(withRealign, true); // warm-up: JIT, caches, the model's first load
  await runOnce(paused, true);
  await runOnce(without, false);
  for (let round = 0; round < ROUNDS; round++) {
    const a = await runOnce(withRealign, true);
    const p = await runOnce(paused, true);
    const b = await runOnce(without, false);
    perPostPausedMs.push((p.taskMs - b.taskMs) / POSTS);
    taskWith.push(a.taskMs);
    taskWithout.push(b.taskMs);
    perPostMs.push((a.taskMs - b.taskMs) / POSTS);
    scriptRatio.push(a.scriptMs / b.scriptMs);
    longWith += a.longTasks.length;
    longWithout += b.longTasks.length;
  }
} finally {
  await withRealign.close();
  await paused.close();
  await without.close();
}

console.log(`synthetic feed: ${POSTS} posts in bursts of ${BURST} every ${EVERY_MS} ms, ${ROUNDS} rounds, the three browsers in turn`);
console.log(formatRow('main-thread time, page with Realign', summarise(taskWith), 'ms', 1));
console.log(formatRow('main-thread time, page without', summarise(taskWithout), 'ms', 1));
console.log(formatRow('added main-thread time per post (target ≤ 0.1)', summarise(perPostMs), 'ms', 3));
console.log(formatRow('  … with labels paused (no badges drawn)', summarise(perPostPausedMs), 'ms', 3));
console.log(formatRow('scripting time, with / without', summarise(scriptRatio), '×', 2));
console.log(`long tasks > 50 ms over all rounds: with Realign ${longWith}, without ${longWithout} (caused by the watcher: ${Math.max(0, longWith - longWithout)}, target 0)`);
