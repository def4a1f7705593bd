import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import { checkSeenPosts, MAX_POSTS_PER_BATCH } from './seen-posts';

const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0.1]));
const good = {
  key: 'x:1',
  site: 'x',
  author: 'ada',
  permalink: 'https://x.com/ada/status/1',
  sponsored: false,
  scores: { ...scores, outrage: 0.9 },
  labels: ['outrage'],
  reasons: [{ category: 'outrage', text: 'anger words' }],
  firstSeenAt: 1_795_000_000_000,
  dwellMs: 1_500,
  snippet: 'They lied again',
};

describe('posts-seen batches from the feed script', () => {
  it('accepts a well-formed batch', () => {
    expect(checkSeenPosts({ posts: [good] })).toEqual({ posts: [good] });
  });

  it.each([
    [{ posts: [] }, 'batch size out of range'],
    [{ posts: Array.from({ length: MAX_POSTS_PER_BATCH + 1 }, () => good) }, 'batch size out of range'],
    [{ posts: [{ ...good, scores: { ...scores, fear: 1.5 } }] }, 'post 0: bad fear score'],
    [{ posts: [{ ...good, scores: { ...scores, fear: Number.NaN } }] }, 'post 0: bad fear score'],
    [{ posts: [good, { ...good, labels: ['evil'] }] }, 'post 1: bad labels'],
    [{ posts: [{ ...good, reasons: [{ category: 'outrage', text: 'x'.repeat(500) }] }] }, 'post 0: bad reason'],
    [{ posts: [{ ...good, permalink: 'javascript:alert(1)' }] }, 'post 0: bad permalink'],
    [{ posts: [{ ...good, snippet: 'x'.repeat(10_000) }] }, 'post 0: bad snippet'],
    [{ posts: [{ ...good, dwellMs: -5 }] }, 'post 0: bad dwell'],
  ])('refuses the whole batch when one post is bad (%#)', (payload, error) => {
    expect(checkSeenPosts(payload as Record<string, unknown>)).toBe(error);
  });
});
