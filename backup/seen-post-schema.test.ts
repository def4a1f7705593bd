/**
 * One schema for a seen post (schema/seen-post.ts), two callers: the background's check of a feed
 * tab's batch (messaging/seen-posts.ts) and the import's check of a file's rows
 * (backup/import-rows.ts). Both must refuse the same bad post for the same reason, at the same
 * limits, so a post the feed may send is one a backup may carry, and no import stores a post the
 * feed could not have sent. (Lives in backup/: the floor above both callers.)
 */
import { describe, expect, it } from 'vitest';
import { checkNotHelpful, checkSeenPost } from '../messaging/seen-posts';
import { CATEGORIES } from '../model/categories';
import { Refused, type FieldRefusal } from '../schema/refusal';
import { SEEN_POST_LIMITS } from '../schema/seen-post';
import { checkFeedback, checkSeenPostRow } from './import-rows';

const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0.1]));
/** A post as the feed sends it, with what a stored row adds (the feed's check ignores those). */
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
  lastSeenAt: 1_795_000_100_000,
  dwellMs: 1_500,
  snippet: 'They lied again',
  countedDay: '2026-11-18',
};
type Post = Record<string, unknown>;

/** What the import makes of `post` at `path`: the row, or why it was refused. */
function importRow(post: unknown, path: string) {
  try {
    return checkSeenPostRow(post, path);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

/** Both callers' verdicts on the same post, at the same path. */
function verdicts(post: unknown): { wire: FieldRefusal | null; file: FieldRefusal | null } {
  const wire = checkSeenPost(post, 'post');
  const file = importRow(post, 'post');
  return { wire: 'code' in wire ? wire : null, file: 'code' in file ? file : null };
}

const L = SEEN_POST_LIMITS;
const text = (n: number) => 'a'.repeat(n);
const url = (n: number) => `https://${text(n - 'https://'.length)}`;
const reasons = (n: number) => Array.from({ length: n }, () => ({ category: 'fear', text: 'fear words' }));

describe('the seen-post schema, as the feed and the import use it', () => {
  it('both accept a good post', () => {
    expect(verdicts(good)).toEqual({ wire: null, file: null });
  });

  it.each<[string, Post, Partial<FieldRefusal>]>([
    ['not an object', null as unknown as Post, { code: 'not-object', path: 'post' }],
    ['an empty key', { key: '' }, { code: 'empty', path: 'post.key' }],
    ['a key that is a number', { key: 7 }, { code: 'not-text', path: 'post.key' }],
    ['a site Realign does not know', { site: 'myspace' }, { code: 'not-one-of', path: 'post.site' }],
    ['an author that is a number', { author: 42 }, { code: 'not-text', path: 'post.author' }],
    ['a javascript: permalink', { permalink: 'javascript:alert(1)' }, { code: 'not-https', path: 'post.permalink' }],
    ['a sponsored flag that is text', { sponsored: 'yes' }, { code: 'not-boolean', path: 'post.sponsored' }],
    ['no scores', { scores: undefined }, { code: 'not-object', path: 'post.scores' }],
    ['a probability above 1', { scores: { ...scores, fear: 1.5 } }, { code: 'not-number', path: 'post.scores.fear', min: 0, max: 1 }],
    ['a probability that is not a number', { scores: { ...scores, ai: Number.NaN } }, { code: 'not-number', path: 'post.scores.ai' }],
    ['a label that is no category', { labels: ['outrage', 'evil'] }, { code: 'not-one-of', path: 'post.labels[1]' }],
    ['a reason under no category', { reasons: [{ category: 'gossip', text: 'x' }] }, { code: 'not-one-of', path: 'post.reasons[0].category' }],
    ['a reason that is not an object', { reasons: ['fear'] }, { code: 'not-object', path: 'post.reasons[0]' }],
  ])('both refuse %s, for the same reason', (_name, edit, reason) => {
    const post = edit === null ? null : { ...good, ...edit };
    const { wire, file } = verdicts(post);
    expect(wire).toMatchObject(reason);
    expect(file).toEqual(wire);
  });

  it.each<[string, (n: number) => Post, number, string, FieldRefusal['code']]>([
    ['key', (n) => ({ key: text(n) }), L.key, 'post.key', 'text-too-long'],
    ['author', (n) => ({ author: text(n) }), L.author, 'post.author', 'text-too-long'],
    ['permalink', (n) => ({ permalink: url(n) }), L.permalink, 'post.permalink', 'text-too-long'],
    ['snippet', (n) => ({ snippet: text(n) }), L.snippet, 'post.snippet', 'text-too-long'],
    ['reason text', (n) => ({ reasons: [{ category: 'fear', text: text(n) }] }), L.reasonText, 'post.reasons[0].text', 'text-too-long'],
    ['reasons', (n) => ({ reasons: reasons(n) }), L.reasons, 'post.reasons', 'too-many-entries'],
    ['labels', (n) => ({ labels: Array.from({ length: n }, (_, i) => CATEGORIES[i % CATEGORIES.length]) }), L.labels, 'post.labels', 'too-many-entries'],
  ])('both take the %s at its limit and refuse one more, at the same limit', (_name, edit, limit, path, code) => {
    expect(verdicts({ ...good, ...edit(limit) })).toEqual({ wire: null, file: null });
    const { wire, file } = verdicts({ ...good, ...edit(limit + 1) });
    expect(wire).toMatchObject({ code, path });
    expect(file).toEqual(wire);
  });

  it('differ only where a batch and a stored row differ: a batch is one sighting, a row adds all of them up', () => {
    const aDay = { ...good, dwellMs: L.batchDwellMs + 1 };
    expect(verdicts(aDay)).toEqual({ wire: expect.objectContaining({ code: 'not-number', path: 'post.dwellMs', max: L.batchDwellMs }), file: null });
    expect(verdicts({ ...good, dwellMs: L.rowDwellMs + 1 }).file).toMatchObject({ code: 'not-whole-number', path: 'post.dwellMs', max: L.rowDwellMs });
    // Rows stored before reasons were kept have none; the feed always sends them.
    expect(verdicts({ ...good, reasons: undefined })).toEqual({ wire: expect.objectContaining({ code: 'not-list', path: 'post.reasons' }), file: null });
  });
});

describe('the "not helpful" mark, as the feed and the import use it', () => {
  const mark = { key: 'x:1', site: 'x', category: 'outrage', at: 1_795_000_000_000 };
  const importMark = (value: unknown) => {
    try {
      return checkFeedback(value, 'payload');
    } catch (error) {
      if (error instanceof Refused) return `${error.refusal.path}: ${error.refusal.code}`;
      throw error;
    }
  };

  it.each([
    [{ key: '' }, 'payload.key: empty'],
    [{ key: text(L.key + 1) }, 'payload.key: text-too-long'],
    [{ site: 'myspace' }, 'payload.site: not-one-of'],
    [{ category: 'gossip' }, 'payload.category: not-one-of'],
  ])('both refuse the same bad mark for the same reason (%#)', (edit, reason) => {
    expect(checkNotHelpful({ ...mark, ...edit })).toBe(reason);
    expect(importMark({ ...mark, ...edit })).toBe(reason);
  });
});
