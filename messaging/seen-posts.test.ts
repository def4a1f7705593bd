import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import { checkNotHelpful, checkSeenPosts, MAX_POSTS_PER_BATCH } from './seen-posts';

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
    [{ posts: [{ ...good, scores: { ...scores, fear: 1.5 } }] }, 'posts[0].scores.fear: not-number'],
    [{ posts: [{ ...good, scores: { ...scores, fear: Number.NaN } }] }, 'posts[0].scores.fear: not-number'],
    [{ posts: [good, { ...good, labels: ['evil'] }] }, 'posts[1].labels[0]: not-one-of'],
    [{ posts: [{ ...good, reasons: [{ category: 'outrage', text: 'x'.repeat(500) }] }] }, 'posts[0].reasons[0].text: text-too-long'],
    [{ posts: [{ ...good, reasons: undefined }] }, 'posts[0].reasons: not-list'],
    [{ posts: [{ ...good, permalink: 'javascript:alert(1)' }] }, 'posts[0].permalink: not-https'],
    [{ posts: [{ ...good, snippet: 'x'.repeat(10_000) }] }, 'posts[0].snippet: text-too-long'],
    [{ posts: [{ ...good, dwellMs: -5 }] }, 'posts[0].dwellMs: not-number'],
    [{ posts: [{ ...good, dwellMs: 25 * 3_600_000 }] }, 'posts[0].dwellMs: not-number'],
    [{ posts: [{ ...good, firstSeenAt: 0 }] }, 'posts[0].firstSeenAt: not-number'],
    [{ posts: [{ ...good, key: '' }] }, 'posts[0].key: empty'],
    [{ posts: [{ ...good, site: 'myspace' }] }, 'posts[0].site: not-one-of'],
    [{ posts: [null] }, 'posts[0]: not-object'],
  ])('refuses the whole batch when one post is bad (%#)', (payload, error) => {
    expect(checkSeenPosts(payload as Record<string, unknown>)).toBe(error);
  });

  it('accepts fractions of a millisecond from the tracker\'s clock', () => {
    const post = { ...good, firstSeenAt: good.firstSeenAt + 0.5, dwellMs: 1_500.25 };
    expect(checkSeenPosts({ posts: [post] })).toEqual({ posts: [post] });
  });
});

describe('"not helpful" marks from the feed script', () => {
  it('accepts a mark and keeps only its fields', () => {
    expect(checkNotHelpful({ key: 'x:1', site: 'x', category: 'outrage', extra: 1 })).toEqual({ key: 'x:1', site: 'x', category: 'outrage' });
  });

  it.each([
    [{ key: '', site: 'x', category: 'outrage' }, 'payload.key: empty'],
    [{ key: 'x:1', site: 'myspace', category: 'outrage' }, 'payload.site: not-one-of'],
    [{ key: 'x:1', site: 'x', category: 'gossip' }, 'payload.category: not-one-of'],
  ])('refuses a bad mark (%#)', (payload, error) => {
    expect(checkNotHelpful(payload)).toBe(error);
  });
});
