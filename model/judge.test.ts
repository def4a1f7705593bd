import { describe, expect, it } from 'vitest';
import { CATEGORIES, DEFAULT_THRESHOLDS, HEAD_CARDS, judge } from './index';

const SCAM = 'Your PayPal account has been limited. Confirm your account details within 24 hours or your account will be permanently suspended: paypal-resolution-center.com/verify';

describe('judge', () => {
  it('labels a textbook phish as a scam and quotes the post’s own words as the reason', () => {
    const j = judge(SCAM);
    expect(j.labels).toContain('scam');
    const reasons = j.reasons.filter((r) => r.category === 'scam');
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      const quoted = /: '(.+)'$/.exec(r.text)?.[1];
      expect(quoted, r.text).toBeDefined();
      for (const words of quoted!.split("', '")) expect(SCAM.toLowerCase()).toContain(words.toLowerCase());
    }
    expect(j.strength.scam === 'some' || j.strength.scam === 'strong').toBe(true);
  });

  it('gives every label one reason of its own kind, and reasons only for labels', () => {
    for (const text of [SCAM, 'Comment YES if you agree and tag 3 friends who need to see this!']) {
      const j = judge(text);
      for (const label of j.labels) expect(j.reasons.filter((r) => r.category === label)).toHaveLength(1);
      for (const r of j.reasons) expect(j.labels).toContain(r.category);
    }
  });

  it('never calls a short post AI-written, however it scores', () => {
    const short = 'Great insight! This is a game-changer for the industry. Thanks for sharing.';
    expect(judge(short).labels).not.toContain('ai');
    expect(judge(short, { thresholds: { ai: 0 } }).labels).not.toContain('ai');
  });

  it('leaves plain human posts unlabelled', () => {
    for (const text of ['lol i cant believe the game last night, refs were blind smh', 'hello there', 'Anyone know a good plumber in Leeds? Ours retired.']) {
      expect(judge(text).labels).toEqual([]);
    }
  });

  it('scores every head in [0, 1], higher for rarer evidence', () => {
    const j = judge(SCAM);
    expect(Object.keys(j.scores).sort()).toEqual([...CATEGORIES].sort());
    for (const p of Object.values(j.scores)) expect(p >= 0 && p <= 1).toBe(true);
    expect(j.scores.scam).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.scam);
  });

  it('respects custom thresholds', () => {
    const none = judge(SCAM, { thresholds: Object.fromEntries(CATEGORIES.map((c) => [c, 1.01])) });
    expect(none.labels).toEqual([]);
    expect(none.reasons).toEqual([]);
    expect(judge(SCAM, { thresholds: { scam: 1.01 } }).labels).not.toContain('scam');
  });

  it('has a threshold and measured figures for every head', () => {
    for (const c of CATEGORIES) {
      expect(DEFAULT_THRESHOLDS[c] > 0.9 && DEFAULT_THRESHOLDS[c] < 1, c).toBe(true);
      const card = HEAD_CARDS[c];
      expect(card.strong).toBeGreaterThanOrEqual(card.some);
      expect(card.ordinaryRate.some).toBeLessThanOrEqual(0.01);
      expect(card.ordinaryRate.strong).toBeLessThanOrEqual(card.ordinaryRate.some);
    }
  });

  it('never throws on hostile input', () => {
    const hostile = ['', ' ', '\u0000\uffff', '😀'.repeat(5000), '<script>alert(1)</script><b>FREE</b>&amp;&#39;&bogus;',
      'x'.repeat(100_000), 'WIN '.repeat(30_000), '\ud83d', '𝐅𝐑𝐄𝐄 𝐌𝐎𝐍𝐄𝐘', '@a @b #c #d http://x.y/z'.repeat(500), '١٢٣ ٤٥٦ 中文 עברית',
      "'''' (((( [[[[ ".repeat(400)];
    for (const text of hostile) {
      const j = judge(text);
      for (const p of Object.values(j.scores)) expect(Number.isFinite(p)).toBe(true);
      for (const r of j.reasons) expect(r.text.length).toBeLessThan(200);
    }
    expect(() => judge(undefined as unknown as string)).not.toThrow();
  });
});
