/**
 * The feed watcher's cost in real Chromium, on a synthetic infinite-scroll feed of 1,000 posts
 * added in bursts of 20 every 50 ms (half of them flagged). Each round runs the same page in a
 * browser with Realign, in one with Realign's labels paused (everything judged, marked and
 * counted, no badge drawn), and in one without Realign, and reads the page's main-thread CPU time
 * from a Chromium trace (bench/main-thread-time.ts: thread time, so a busy machine does not
 * inflate it), its scripting time (CDP Performance.getMetrics: ScriptDuration) and its long
 * tasks (> 50 ms). For reference it also runs the page drawing the same badges itself, without
 * Realign: the same lines of text as Realign's badges on the same posts (worded by the model and
 * feed/badge.ts here, in Node), in the same shadow root and CSS. That is the browser's own price
 * of showing those labels, which no watcher can go under; and the page adding the same words as
 * one plain line of text per flagged post (no shadow root, no CSS, no button), the least any
 * visible label can cost.
 *
 *   added main-thread time per post = (main-thread CPU time with − without) / posts
 */
import type { Page } from 'playwright-core';
import { BADGE_CSS } from '../feed/badge-styles';
import { launchExtension, type ExtensionSession } from '../harness/browser';
import { measureMainThread } from './main-thread-time';
import { formatRow, summarise } from './stats';
import { SYNTHETIC_TEXTS, syntheticFeedHtml } from './synthetic-feed';
import { describeLabel } from '../feed/badge';
import { judge } from '../model';

const POSTS = 1_000;
const BURST = 20;
const EVERY_MS = 50;
const ROUNDS = 5;
const URL = 'https://mastodon.social/bench-feed';
const OWN_BADGES_URL = 'https://mastodon.social/bench-feed-own-badges';
const PLAIN_LINES_URL = 'https://mastodon.social/bench-feed-plain-lines';

interface Run {
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
}

async function runOnce(session: ExtensionSession, isWatched: boolean, url = URL): Promise<Run> {
  let scriptMs = 0;
  let longTasks: number[] = [];
  const { cpuMs } = await measureMainThread(session.context, async (page: Page) => {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __feedDone?: boolean }).__feedDone === true, null, {
      timeout: 60_000,
      polling: 100,
    });
    if (isWatched) {
      await page.waitForFunction((n) => document.querySelectorAll('article[data-realign]').length >= n, POSTS, {
        timeout: 60_000,
        polling: 100,
      });
    }
    await page.waitForTimeout(300); // let the last slice and the seen tracker's timers settle
    const { metrics } = await cdp.send('Performance.getMetrics');
    scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  });
  return { taskMs: cpuMs, scriptMs, longTasks };
}

const html = syntheticFeedHtml(POSTS, BURST, EVERY_MS);
// REALIGN_BUILD: a copy of a build to measure (e.g. one made before a change), instead of .output/chrome-mv3,
// which another build in the same tree could replace while the benchmark runs.
const extensionDir = process.env.REALIGN_BUILD || undefined;
const withRealign = await launchExtension({ extensionDir });
const paused = await launchExtension({ extensionDir });
const without = await launchExtension({ extensionDir: null });
await paused.setExtensionStorage({ labelsPausedUntil: Date.now() + 3_600_000 });
for (const session of [withRealign, paused, without]) await session.serve(URL, { html });
// The reference draws exactly the lines Realign's badges show on these texts (default settings).
const ownLines = SYNTHETIC_TEXTS.map((text) => {
  const judgement = judge(`${text} #0`);
  return judgement.labels.map((category) => describeLabel(judgement, category));
});
await without.serve(OWN_BADGES_URL, { html: syntheticFeedHtml(POSTS, BURST, EVERY_MS, { ownBadges: { css: BADGE_CSS, lines: ownLines } }) });
await without.serve(PLAIN_LINES_URL, { html: syntheticFeedHtml(POSTS, BURST, EVERY_MS, { plainLines: ownLines }) });

const perPostMs: number[] = [];
const perPostPausedMs: number[] = [];
const perPostOwnBadgesMs: number[] = [];
const perPostPlainLinesMs: number[] = [];
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
    const own = await runOnce(without, false, OWN_BADGES_URL);
    const plain = await runOnce(without, false, PLAIN_LINES_URL);
    perPostOwnBadgesMs.push((own.taskMs - b.taskMs) / POSTS);
    perPostPlainLinesMs.push((plain.taskMs - b.taskMs) / POSTS);
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
console.log(formatRow('main-thread CPU time, page with Realign', summarise(taskWith), 'ms', 1));
console.log(formatRow('main-thread CPU time, page without', summarise(taskWithout), 'ms', 1));
console.log(formatRow('added main-thread time per post (target ≤ 0.1)', summarise(perPostMs), 'ms', 3));
console.log(formatRow('  … with labels paused (no badges drawn)', summarise(perPostPausedMs), 'ms', 3));
console.log(formatRow('  the page drawing the same badges itself, no Realign', summarise(perPostOwnBadgesMs), 'ms', 3));
console.log(formatRow('  … the same words as one plain line, no Realign', summarise(perPostPlainLinesMs), 'ms', 3));
// The goal: what Realign adds per post, beside the floor (the page drawing the same badges itself).
const ratio = perPostMs.map((ms, i) => ms / perPostOwnBadgesMs[i]!);
const median = (values: number[]) => summarise(values).median;
console.log(
  `cost added per post beside the floor: ${median(perPostMs).toFixed(3)} ms vs ${median(perPostOwnBadgesMs).toFixed(3)} ms ` +
    `(median of the rounds' ratios ${median(ratio).toFixed(2)}×, goal ≤ 1.1×)`,
);
console.log(formatRow('  added per post ÷ the page drawing the same badges', summarise(ratio), '×', 2));
console.log(formatRow('scripting time, with / without', summarise(scriptRatio), '×', 2));
console.log(`long tasks > 50 ms over all rounds: with Realign ${longWith}, without ${longWithout} (caused by the watcher: ${Math.max(0, longWith - longWithout)}, target 0)`);
