/**
 * Everything Realign does on one feed page, wired together:
 *
 *   watcher (find, judge, label) ──onJudged──▶ seen tracker ──batches──▶ background: posts seen
 *                       (judged post, container)   (each report with them)
 *   badge "Not helpful" ─────────────────────────────────────────────▶ background: feedback
 *   health check ──(posts read, or none for 15 s: post-like containers)─▶ background: site health
 *   background's reply to posts seen: a pause card ─▶ shown after the newest post just seen
 */
import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import type { FeedMessageType, FeedToBackground } from '../messaging/protocol';
import type { PauseCard } from '../pause/decide-card';
import { MAX_REASONS, MAX_SNIPPET, type SeenPostPayload } from '../messaging/seen-posts';
import type { LabelModes } from '../settings/label-modes';
import { countPostLike, pageKindOf, type PageKind } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import type { Tone } from './page-tone';
import { startHealthCheck } from './health-check';
import { createSeenTracker, type SeenReport } from './seen-tracker';
import { startWatcher, type Judged } from './watcher';

/** What the seen tracker carries for each post: its judgement and the container it was seen in. */
interface SeenPost {
  el: Element;
  judged: Judged;
}

export interface FeedSessionDeps {
  adapter: SiteAdapter;
  document: Document;
  judge(text: string): Judgement;
  modes(): LabelModes;
  tone(): Tone;
  isPaused(): boolean;
  keepsSnippets(): boolean;
  /** The background's reply, or null when the message was lost (the extension reloaded under the page). */
  tell<K extends FeedMessageType>(type: K, payload: FeedToBackground[K]['payload']): Promise<FeedToBackground[K]['reply'] | null>;
  /** Puts the pause card in the feed, after this post. */
  showPauseCard(card: PauseCard, after: Element): void;
  nextFrame(handler: () => void): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

export function startFeedSession(deps: FeedSessionDeps) {
  const { adapter } = deps;

  const toSeenPost = ({ post: { judged }, firstSeenAt, dwellMs }: SeenReport<SeenPost>): SeenPostPayload => ({
    key: judged.post.key,
    site: adapter.id,
    author: judged.post.author,
    permalink: judged.post.permalink,
    sponsored: judged.post.sponsored,
    scores: judged.judgement.scores,
    labels: judged.judgement.labels,
    reasons: judged.judgement.reasons.slice(0, MAX_REASONS),
    firstSeenAt,
    dwellMs: Math.round(dwellMs),
    snippet: deps.keepsSnippets() ? judged.post.text.slice(0, MAX_SNIPPET) : null,
  });

  // Each report carries its judged post and the container it was seen in: nothing is looked up
  // again in a cache that a long session may have emptied.
  const seen = createSeenTracker<SeenPost>({
    now: () => Date.now(),
    setInterval: deps.setInterval,
    clearInterval: deps.clearInterval,
    send: (reports) => {
      if (reports.length === 0) return;
      const posts = reports.map(toSeenPost);
      const newest = reports[reports.length - 1]!.post.el;
      void deps.tell('feed/posts-seen', { posts }).then((reply) => {
        if (reply?.pauseCard && newest.isConnected) deps.showPauseCard(reply.pauseCard, newest);
      });
    },
  });

  const watcher = startWatcher({
    adapter,
    document: deps.document,
    judge: deps.judge,
    modes: deps.modes,
    tone: deps.tone,
    isPaused: deps.isPaused,
    onJudged: (el, judged) => seen.observe(el, judged.post.key, { el, judged }),
    onNotHelpful: (judged: Judged, category: Category) =>
      void deps.tell('feed/not-helpful', { key: judged.post.key, site: adapter.id, category }),
    now: () => performance.now(),
    nextFrame: deps.nextFrame,
  });

  // Queries and fragments can carry personal data: the page is its origin and path.
  let page: { url: string; kind: PageKind } = { url: '', kind: 'other' };
  const stopHealthCheck = startHealthCheck({
    countPosts: watcher.readCount,
    countPostLike: () => countPostLike(adapter.id, deps.document),
    page: () => {
      const url = location.origin + location.pathname;
      if (url !== page.url) page = { url, kind: pageKindOf(adapter.id, location) };
      return page;
    },
    setInterval: deps.setInterval,
    clearInterval: deps.clearInterval,
    report: ({ postCount, pageKind, postLikeCount, url }) =>
      void deps.tell('feed/scanned', { site: adapter.id, url, postCount, pageKind, postLikeCount }),
  });

  return {
    refresh: watcher.refresh,
    stop(): void {
      stopHealthCheck();
      seen.stop();
      watcher.stop();
    },
  };
}

export type FeedSession = ReturnType<typeof startFeedSession>;
