import { describe, expect, it } from 'vitest';
import { askBeforeShortening } from './retention-ask';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12).getTime();

describe('asking before a shorter history', () => {
  it('says how many days of detail and posts "18" instead of "180" deletes, and between which dates', () => {
    const cutoff = NOW - 18 * DAY;
    const ask = askBeforeShortening(18, 180, { posts: 2480, intentions: 0, cutoff, oldestAt: NOW - 180 * DAY });
    expect(ask?.title).toBe('Keep detailed history for 18 days instead of 180?');
    expect(ask?.body).toMatch(/^This deletes the detail of 162 days, from .*2026 to .*2026: 2,480 posts you saw/);
    expect(ask?.confirmLabel).toBe('Delete and keep 18 days');
    expect(ask?.cancelled).toBe('Nothing changed: detailed history is still kept for 180 days.');
  });

  it('uses the singular for one day and one post', () => {
    const cutoff = NOW - 7 * DAY;
    expect(askBeforeShortening(7, 8, { posts: 1, intentions: 0, cutoff, oldestAt: cutoff - 3_600_000 })?.body).toMatch(/detail of 1 day, .*: 1 post you saw/);
  });

  it("counts the intention check's answers that would go, and says nothing of them when there are none", () => {
    const cutoff = NOW - 30 * DAY;
    const many = askBeforeShortening(30, 180, { posts: 40, intentions: 12, cutoff, oldestAt: NOW - 100 * DAY })!.body;
    expect(many).toMatch(/ It also deletes 12 answers to “What are you here for\?” from that time\.$/);
    expect(askBeforeShortening(30, 180, { posts: 40, intentions: 1, cutoff, oldestAt: NOW - 100 * DAY })!.body).toContain('1 answer to');
    expect(askBeforeShortening(30, 180, { posts: 40, intentions: 0, cutoff, oldestAt: NOW - 100 * DAY })!.body).not.toContain('answer');
  });

  it('asks nothing for a longer history, or where nothing would be deleted', () => {
    expect(askBeforeShortening(365, 180, { posts: 5, intentions: 0, cutoff: NOW, oldestAt: NOW - 400 * DAY })).toBeNull();
    expect(askBeforeShortening(30, 180, { posts: 0, intentions: 0, cutoff: NOW - 30 * DAY, oldestAt: null })).toBeNull();
  });
});
