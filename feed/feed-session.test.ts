// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Judgement } from '../model/judge';
import type { PauseCard } from '../pause/decide-card';
import { DEFAULT_LABEL_MODES } from '../settings/label-modes';
import type { Post, SiteAdapter } from '../sites/types';
import { startFeedSession, type FeedSessionDeps } from './feed-session';

/** A feed of <div class="post" data-id> with a <p> of text, as in watcher.test.ts. */
const adapter: SiteAdapter = {
  id: 'mastodon',
  matches: () => true,
  feedRoot: (doc) => doc.querySelector('#feed'),
  // As the real adapters do, a post added on its own is found too.
  findPosts: (root) => (root instanceof Element && root.matches('.post') ? [root] : Array.from(root.querySelectorAll('.post'))),
  readPost: (el): Post | null => {
    const text = el.querySelector('p')?.textContent ?? '';
    if (!text) return null;
    const id = el.getAttribute('data-id');
    return { site: 'mastodon', key: `mastodon:${id}`, author: `author${id}`, text, permalink: null, sponsored: false, kind: 'post' };
  },
};

const scores: Judgement['scores'] = { ai: 0.1, outrage: 0.1, fear: 0.1, clickbait: 0.1, fomo: 0.1, scam: 0.1, engagement_bait: 0.1 };
const judge = (text: string): Judgement =>
  /!!!/.test(text)
    ? { scores: { ...scores, outrage: 0.9 }, labels: ['outrage'], strength: { outrage: 'strong' }, reasons: [{ category: 'outrage', text: 'anger words' }] }
    : { scores, labels: [], strength: {}, reasons: [] };

function postElement(id: number, text: string): HTMLElement {
  const post = document.createElement('div');
  post.className = 'post';
  post.dataset.id = String(id);
  const p = document.createElement('p');
  p.textContent = text;
  post.append(p);
  return post;
}

/** A stand-in for the browser's IntersectionObserver: the test says what is on screen. */
class FakeObserver {
  static last: FakeObserver;
  constructor(readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  report(el: Element, ratio: number) {
    this.callback([{ target: el, isIntersecting: ratio > 0, intersectionRatio: ratio, intersectionRect: { height: ratio * 100 } as DOMRectReadOnly, rootBounds: { height: 800 } as DOMRectReadOnly }]);
  }
}

describe('feed session', () => {
  const card: PauseCard = { trigger: 'provocation', stretchMs: 1_500_000, run: null, isFirst: true };
  let tell: ReturnType<typeof vi.fn>;
  let shown: Element[];
  const deps = (): FeedSessionDeps => ({
    adapter,
    document,
    judge,
    modes: () => DEFAULT_LABEL_MODES,
    tone: () => 'light',
    isPaused: () => false,
    keepsSnippets: () => true,
    tell: tell as FeedSessionDeps['tell'],
    showPauseCard: (_card, after) => void shown.push(after),
    nextFrame: (handler) => void setTimeout(handler, 0),
    setInterval: () => 1,
    clearInterval: () => {},
  });

  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    document.body.innerHTML = '<main id="feed"></main>';
    shown = [];
    tell = vi.fn(async (type: string) => (type === 'feed/posts-seen' ? { ok: true, pauseCard: card } : { ok: true }));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports a post seen long enough with its judgement, after 3,000 later posts pushed it out of every cache', async () => {
    const feed = document.querySelector('#feed')!;
    const first = postElement(0, 'They lied to you again!!!');
    feed.append(first);
    const session = startFeedSession(deps());
    await vi.waitFor(() => expect(first.getAttribute('data-realign')).toBe('outrage'));
    // vi.waitFor moves the fake clock along: the times here are set where they matter.
    vi.setSystemTime(0);
    FakeObserver.last.report(first, 1);

    // The watcher keeps 3,000 judgements; a long session scrolls past more than that.
    for (let id = 1; id <= 3_000; id++) feed.append(postElement(id, `Post ${id}`));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-realign]')).toHaveLength(3_001), { timeout: 20_000 });

    vi.setSystemTime(1_500);
    FakeObserver.last.report(first, 0);
    session.stop(); // leaving the page sends what is pending
    await vi.waitFor(() => expect(shown).toEqual([first]));

    expect(tell).toHaveBeenCalledWith('feed/posts-seen', {
      posts: [
        {
          key: 'mastodon:0',
          site: 'mastodon',
          author: 'author0',
          permalink: null,
          sponsored: false,
          scores: { ...scores, outrage: 0.9 },
          labels: ['outrage'],
          reasons: [{ category: 'outrage', text: 'anger words' }],
          firstSeenAt: 1_000,
          dwellMs: 1_500,
          snippet: 'They lied to you again!!!',
        },
      ],
    });
  }, 30_000);
});
