/**
 * A year of synthetic history in fake-indexeddb (Node), then what the views pay to read it:
 *
 *   365 days × (≈5 h of browsing in ≤1 min pieces, ≈200 posts seen) ─▶ Dexie (fake-indexeddb)
 *     ─▶ today's figures · this week's figures · a batch of posts written · rows and size
 *
 * Note: fake-indexeddb is a JavaScript IndexedDB in Node, not Chromium's IndexedDB (LevelDB on
 * disk); absolute times differ in the browser, the shape (rollups vs raw rows) does not.
 * Run: `npx tsx bench/history.bench.ts` (or `npm run bench -- history`).
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { addDays, startOfDayKey, weekOf } from '../activity/local-day';
import type { Activity } from '../activity/activity';
import type { Piece } from '../activity/tracker-state';
import { CATEGORIES, type Category } from '../model/categories';
import { SITE_IDS } from '../sites/types';
import { recordActivity } from '../storage/activity-history';
import { consumeVsCreate, dayTotals, informationDiet, topSites, weekTotals } from '../storage/read-days';
import { openDb, type RealignDb } from '../storage/db';
import { recordPostsSeen, type SeenPost } from '../storage/posts-seen';
import { pruneRawData } from '../storage/retention';
import { formatRow, summarise } from './stats';

const DAYS = 365;
const POSTS_PER_DAY = 200;
const RUNS = 50;
const TODAY = '2026-11-23';

// A seeded generator, so every run measures the same history.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const SITES: [string, Activity, number][] = [
  ['x.com', 'consume', 6], ['youtube.com', 'consume', 6], ['reddit.com', 'consume', 4], ['news.ycombinator.com', 'consume', 3],
  ['nytimes.com', 'consume', 2], ['amazon.de', 'consume', 1], ['docs.google.com', 'create', 4], ['github.com', 'create', 5],
  ['figma.com', 'create', 1], ['notion.so', 'create', 2], ['mail.google.com', 'neutral', 4], ['calendar.google.com', 'neutral', 1],
  ['google.com', 'neutral', 3], ['wikipedia.org', 'neutral', 2], ['stackoverflow.com', 'neutral', 2],
];
const weighted = SITES.flatMap((site) => Array.from({ length: site[2] }, () => site));
const AUTHORS = Array.from({ length: 2_000 }, (_, i) => `account${i}`);
const zeroScores = Object.fromEntries(CATEGORIES.map((c) => [c, 0.02])) as Record<Category, number>;

/** One day's browsing as the tracker would hand it over: visits cut into ≤1 min pieces. */
function piecesOf(day: string): Piece[] {
  const pieces: Piece[] = [];
  const isWeekend = [0, 6].includes(new Date(startOfDayKey(day) + 12 * 3_600_000).getDay());
  let at = startOfDayKey(day) + (8 + random() * 2) * 3_600_000;
  const budget = (isWeekend ? 3 : 5) * 3_600_000 * (0.7 + random() * 0.6);
  for (let spent = 0; spent < budget; ) {
    const [host, activity] = pick(weighted);
    const visit = (1 + random() * 25) * 60_000;
    for (let from = at; from < at + visit; from += 60_000) {
      pieces.push({ segmentStart: at, host, activity, from, to: Math.min(from + 60_000, at + visit) });
    }
    spent += visit;
    at += visit + random() * 40 * 60_000;
  }
  return pieces;
}

function postsOf(day: string, dayIndex: number): SeenPost[] {
  const start = startOfDayKey(day) + 9 * 3_600_000;
  const count = Math.round(POSTS_PER_DAY * (0.7 + random() * 0.6));
  return Array.from({ length: count }, (_, i) => {
    const labels = random() < 0.15 ? [pick(CATEGORIES)] : [];
    // One in ten is a post seen again from an earlier day.
    const key = random() < 0.1 && dayIndex > 0 ? `p${dayIndex - 1}-${i}` : `p${dayIndex}-${i}`;
    return {
      key, site: pick(SITE_IDS), author: random() < 0.3 ? pick(AUTHORS.slice(0, 50)) : pick(AUTHORS),
      permalink: `https://x.com/someone/status/${dayIndex}${i}`, sponsored: random() < 0.05,
      scores: { ...zeroScores, ...Object.fromEntries(labels.map((l) => [l, 0.9])) }, labels,
      firstSeenAt: start + i * 90_000, dwellMs: 1_000 + Math.round(random() * 8_000),
      snippet: 'A synthetic post of about the length the feed watcher keeps, to weigh what snippets cost. '.repeat(2).slice(0, 140),
    };
  });
}

async function timeIt(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await run(); // warm-up, not counted
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Approximate size: the UTF-8 length of each row as JSON (IndexedDB's own encoding differs). */
async function sizeOf(db: RealignDb): Promise<{ rows: Record<string, number>; bytes: Record<string, number> }> {
  const rows: Record<string, number> = {};
  const bytes: Record<string, number> = {};
  for (const table of db.tables) {
    const all = await table.toArray();
    rows[table.name] = all.length;
    bytes[table.name] = all.reduce((sum: number, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
  }
  return { rows, bytes };
}

const db = openDb(`bench-history-${Date.now()}`);
const buildStart = performance.now();
const firstDay = addDays(TODAY, -(DAYS - 1));
for (let i = 0; i < DAYS; i++) {
  const day = addDays(firstDay, i);
  await recordActivity(db, piecesOf(day));
  const posts = postsOf(day, i);
  // The feed watcher sends batches of up to 20 posts.
  for (let b = 0; b < posts.length; b += 20) await recordPostsSeen(db, posts.slice(b, b + 20));
}
console.log(`fake-indexeddb in Node (not Chromium's IndexedDB): ${DAYS} days of synthetic history built in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

const week = weekOf(TODAY);
const lastWeek = weekOf(addDays(TODAY, -7));
const today = await timeIt(() =>
  Promise.all([dayTotals(db, TODAY), topSites(db, [TODAY]), consumeVsCreate(db, [TODAY]), informationDiet(db, [TODAY])]),
);
const thisWeek = await timeIt(() =>
  Promise.all([weekTotals(db, TODAY), weekTotals(db, lastWeek[0]!), topSites(db, week), consumeVsCreate(db, week), informationDiet(db, week)]),
);
console.log(formatRow("today's figures, 4 queries (target ≤ 20 ms)", summarise(today), 'ms'));
console.log(formatRow("this week's figures, 5 queries (≤ 20 ms)", summarise(thisWeek), 'ms'));

let batchIndex = 0;
const freshBatch = (size: number) =>
  postsOf(TODAY, 10_000 + batchIndex++).slice(0, size).map((post, i) => ({ ...post, key: `fresh-${batchIndex}-${i}` }));
for (const size of [20, 200]) {
  const samples = await timeIt(() => recordPostsSeen(db, freshBatch(size)));
  const s = summarise(samples);
  console.log(formatRow(`write a batch of ${size} new posts`, s, 'ms'));
  console.log(`${''.padEnd(44)} ≈ ${Math.round((size / s.median) * 1000).toLocaleString('en')} posts/s`);
}
let minute = startOfDayKey(TODAY) + 20 * 3_600_000;
const flush = await timeIt(() => {
  minute += 60_000;
  return recordActivity(db, [{ segmentStart: startOfDayKey(TODAY) + 20 * 3_600_000, host: 'x.com', activity: 'consume', from: minute - 60_000, to: minute }]);
});
console.log(formatRow('write one minute checkpoint of activity', summarise(flush), 'ms'));

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const report = (label: string, size: Awaited<ReturnType<typeof sizeOf>>) => {
  const total = Object.values(size.bytes).reduce((a, b) => a + b, 0);
  const parts = Object.keys(size.rows).map((t) => `${t} ${size.rows[t]!.toLocaleString('en')} rows/${kb(size.bytes[t]!)}`);
  console.log(`${label.padEnd(44)} ≈ ${(total / 1024 / 1024).toFixed(1)} MB as JSON: ${parts.join(', ')}`);
};
report('size, a full year of raw data kept', await sizeOf(db));
await pruneRawData(db, startOfDayKey(addDays(TODAY, 1)), 180);
report('size, after default 180-day retention', await sizeOf(db));
console.log(`(size: sum of each row's JSON length in UTF-8; Chromium stores structured clones in LevelDB, compressed, so on disk it differs)`);
await db.delete();
