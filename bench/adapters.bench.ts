// Adapter cost on saved real pages: `npx tsx bench/adapters.bench.ts`.
//
//   parse page once (happy-dom) ─▶ warm up ─▶ ROUNDS × [ findPosts(document) + readPost(every post) ]
//                                             └▶ per-post cost of each round, and of each single readPost
//
// happy-dom's DOM is plain JavaScript: after any mutation one querySelectorAll over the 5,000-element
// YouTube page takes ~7 ms there (a browser's native engine takes well under 1 ms), so findPosts over a
// whole document mostly measures happy-dom. readPost, which touches one post's subtree, is the figure
// that says most about the adapters; all figures are an upper bound on their cost in a real page.
import { performance } from 'node:perf_hooks';
import { hackernewsAdapter } from '../sites/hackernews';
import { hasSharedFixtures, loadPage, shared } from '../sites/testing/load-fixture';
import type { SiteAdapter } from '../sites/types';
import { xAdapter } from '../sites/x';
import { youtubeAdapter } from '../sites/youtube';

const ROUNDS = 200;
const WARMUP = 20;

const PAGES: Array<{ adapter: SiteAdapter; file: string; url: string }> = [
  { adapter: xAdapter, file: 'x/home-timeline-2025-11.html', url: 'https://x.com/home' },
  { adapter: youtubeAdapter, file: 'youtube/watch-2022-12.html', url: 'https://www.youtube.com/watch?v=srtMWzyqdp8' },
  { adapter: hackernewsAdapter, file: 'hackernews/front-2026-04-26.html', url: 'https://news.ycombinator.com/' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function fmt(ms: number): string {
  return `${(ms * 1000).toFixed(1)} µs`;
}

function benchPage({ adapter, file, url }: (typeof PAGES)[number]): void {
  const parseStart = performance.now();
  const doc = loadPage(shared(file), url);
  const parseMs = performance.now() - parseStart;
  const perPostRound: number[] = [];
  const perReadPost: number[] = [];
  const findMs: number[] = [];
  let posts = 0;
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // happy-dom caches query results until the DOM changes; a page under a feed watcher keeps changing,
    // so each round starts with a mutation that drops those caches (as a new batch of posts would).
    doc.body.setAttribute('data-realign-bench', String(round));
    const start = performance.now();
    const els = adapter.findPosts(doc);
    if (round >= WARMUP) findMs.push(performance.now() - start);
    for (const el of els) {
      const t = performance.now();
      adapter.readPost(el);
      if (round >= WARMUP) perReadPost.push(performance.now() - t);
    }
    const total = performance.now() - start;
    posts = els.length;
    if (round >= WARMUP) perPostRound.push(total / Math.max(1, els.length));
  }
  // The watcher scans the feed container (or added nodes), not the whole document, once the page is up.
  const root = adapter.feedRoot(doc);
  const rootMs: number[] = [];
  for (let round = 0; root && round < ROUNDS; round++) {
    root.setAttribute('data-realign-bench', String(round));
    const start = performance.now();
    adapter.findPosts(root);
    rootMs.push(performance.now() - start);
  }
  for (const list of [perPostRound, perReadPost, findMs, rootMs]) list.sort((a, b) => a - b);
  const stats = (list: number[]) => `median ${fmt(percentile(list, 50))}, p99 ${fmt(percentile(list, 99))}`;
  console.log(`${adapter.id}: ${file}, ${posts} posts, parsed once in ${parseMs.toFixed(0)} ms`);
  console.log(`  findPosts+readPost, per post: ${stats(perPostRound)}`);
  console.log(`  findPosts(document), per call: ${stats(findMs)}`);
  console.log(`  readPost, per post:            ${stats(perReadPost)}`);
  if (root) console.log(`  findPosts(feedRoot), per call: ${stats(rootMs)} (${adapter.findPosts(root).length} posts inside)`);
}

if (!hasSharedFixtures) {
  console.log('adapters bench: ../shared/fixtures not found beside the repository; nothing to measure.');
} else {
  console.log(
    `adapters bench: happy-dom on Node ${process.version}, ${ROUNDS} rounds after ${WARMUP} warm-up rounds; a round is ` +
      'findPosts(whole document) + readPost(each post); "per post" = round time / posts in the page.',
  );
  for (const page of PAGES) benchPage(page);
}
