/**
 * Realistic, deterministic history for tests and benchmarks: rows exactly as storage/ writes
 * them (day rollups, posts seen, segments), for any number of days ending today.
 * A seeded generator, so the same call always yields the same figures to check against.
 */
import { addDays, dayKeyOf, startOfDayKey } from '../activity/local-day';
import { CATEGORIES, type Category } from '../model/categories';
import { authorKey, emptyDay, type DayRollup } from '../figures/day-rollup';
import type { SeenPostRow, SegmentRow } from '../figures/rows';

const SITES: [host: string, activity: 'consume' | 'create' | 'neutral', weight: number][] = [
  ['x.com', 'consume', 5],
  ['youtube.com', 'consume', 4],
  ['reddit.com', 'consume', 3],
  ['news.ycombinator.com', 'consume', 2],
  ['docs.google.com', 'create', 3],
  ['github.com', 'create', 3],
  ['mail.google.com', 'neutral', 2],
  ['wikipedia.org', 'neutral', 1],
];
const SITE_IDS = ['x', 'reddit', 'hackernews', 'youtube', 'mastodon'] as const;
/** Shares of seen posts flagged per category: a feed heavier on outrage and clickbait than scams. */
const FLAG_RATES: Record<Category, number> = {
  ai: 0.08,
  outrage: 0.12,
  fear: 0.05,
  clickbait: 0.1,
  fomo: 0.04,
  scam: 0.01,
  engagement_bait: 0.03,
};

/** Reasons as the model words them (model/explain.ts REASON_TEMPLATES), a few per category. */
const REASONS: Record<Category, string[]> = {
  ai: ["phrasing typical of machine-written posts: 'it's important to note'", "phrasing typical of machine-written posts: 'a testament to'"],
  outrage: ["wording typical of posts made to anger: 'these idiots'", "wording typical of posts made to anger: 'disgusting', 'share if you agree'"],
  fear: ["wording typical of posts made to frighten: 'before it's too late'", "wording typical of posts made to frighten: 'silently poisoning'"],
  clickbait: ["wording typical of clickbait: 'you won't believe'", "wording typical of clickbait: 'what happened next'"],
  fomo: ["wording typical of pressure to buy or act now: 'ends tonight'", "wording typical of pressure to buy or act now: 'only 3 left'"],
  scam: ["wording typical of scams: 'verify your identity'", "wording typical of scams: 'claim your prize'"],
  engagement_bait: ["wording typical of engagement bait: 'comment YES'", "wording typical of engagement bait: 'tag 3 friends'"],
};

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticHistory {
  days: DayRollup[];
  posts: SeenPostRow[];
  segments: SegmentRow[];
}

/** `dayCount` days ending on the day of `now`; `postsPerDay` posts seen on each. */
export function makeHistory(now: number, dayCount: number, postsPerDay = 200, seed = 7): SyntheticHistory {
  const next = random(seed);
  const today = dayKeyOf(now);
  const history: SyntheticHistory = { days: [], posts: [], segments: [] };
  for (let d = dayCount - 1; d >= 0; d--) {
    const date = addDays(today, -d);
    const dayStart = startOfDayKey(date) + 8 * 3_600_000; // browsing from 8:00
    const day: DayRollup = emptyDay(date);
    day.manual = { offlineCreateMs: next() < 0.3 ? 30 * 60_000 : 0, faceToFace: next() < 0.4 ? 1 : 0 };
    let clock = dayStart;
    for (let s = 0; s < 40; s++) {
      const [host, activity] = SITES[Math.floor(next() * next() * SITES.length)]!;
      const ms = Math.round((2 + next() * 6) * 60_000);
      history.segments.push({ id: `${clock}:${host}`, start: clock, end: clock + ms, host, activity });
      day[`${activity}Ms`] += ms;
      const site = (day.sites[host] ??= { ms: 0, activity, activityMs: { consume: 0, create: 0, neutral: 0 } });
      site.ms += ms;
      site.activityMs[activity] += ms;
      clock += ms + Math.round(next() * 4 * 60_000);
    }
    for (let p = 0; p < postsPerDay; p++) {
      const site = SITE_IDS[Math.floor(next() * SITE_IDS.length)]!;
      const author = `account${Math.floor(next() * next() * 60)}`;
      const labels = CATEGORIES.filter((c) => next() < FLAG_RATES[c]);
      const reasons = labels.map((category) => ({ category, text: REASONS[category][Math.floor(next() * REASONS[category].length)]! }));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, labels.includes(c) ? 0.7 + next() * 0.29 : next() * 0.3])) as Record<Category, number>;
      const firstSeenAt = dayStart + Math.floor((p / postsPerDay) * 10 * 3_600_000);
      const dwellMs = 1_000 + Math.round(next() * 8_000);
      history.posts.push({
        key: `${site}:${date}-${p}`,
        site,
        author,
        permalink: null,
        sponsored: next() < 0.03,
        scores,
        labels,
        reasons,
        firstSeenAt,
        lastSeenAt: firstSeenAt + dwellMs,
        dwellMs,
        snippet: `Synthetic post ${p} of ${date}`,
        countedDay: date,
      });
      day.posts.seen += 1;
      for (const label of labels) day.posts.flagged[label] += 1;
      for (const reason of reasons) {
        const counts = ((day.reasons ??= {})[reason.category] ??= {});
        counts[reason.text] = (counts[reason.text] ?? 0) + 1;
      }
      if (labels.length > 0) day.flaggedAuthors[authorKey(site, author)] = (day.flaggedAuthors[authorKey(site, author)] ?? 0) + 1;
    }
    history.days.push(day);
  }
  return history;
}
