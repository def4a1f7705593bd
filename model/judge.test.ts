import { describe, expect, it } from 'vitest';
import { CATEGORIES, DEFAULT_THRESHOLDS, judge } from './index';
import { judgeWithModel } from './judge';
import { loadModel } from './load-model';
import { WEIGHTS } from './weights.generated';

const OBVIOUS: Record<(typeof CATEGORIES)[number], string> = {
  ai: "In today's fast-paced world, it's important to note that genuine connection is a game-changer. Here's the thing: growth isn't linear — it's a journey. Ultimately, the key is to embrace the process and foster meaningful relationships along the way.",
  outrage: 'These corrupt idiots HATE working people. They want to destroy the middle class and laugh while they do it. Disgusting. SHARE if you agree!',
  fear: 'WARNING: this common chemical in your kitchen is silently poisoning your kids. Doctors are terrified and nobody is safe. Protect your family before it is too late.',
  clickbait: "You won't believe what happened next. Number 7 will blow your mind!",
  fomo: 'Only 3 left! Flash sale ends tonight — grab yours before they are gone. 10,000 people already bought this. Use code SAVE50 for 50% off!',
  scam: 'Congratulations! You have won a $1000 gift card. Click the link to claim your prize now before it expires: bit.ly/claim-now',
  engagement_bait: 'Comment YES if you agree and tag 3 friends who need to see this! Only 1% can solve this puzzle 👇',
};

describe('judge', () => {
  it.each(CATEGORIES)('labels an obvious %s post and explains it', (category) => {
    const j = judge(OBVIOUS[category]);
    expect(j.labels).toContain(category);
    expect(j.reasons.some((r) => r.category === category)).toBe(true);
  });

  it('labels a post only with kinds whose own cues it uses, not for capitals and negative words alone', () => {
    // The demo feed's posts, which the rule before OWN_CUES also labelled with kinds they are not.
    const flashSale = "⏰ ONLY 3 LEFT! This sale ends TONIGHT at midnight. 10,000 people already bought this. Don't miss out, order now before it's gone!";
    const angry = 'These CLOWNS in charge want YOU to pay for their mistakes AGAIN. Disgusting. Absolutely pathetic. Share if you agree they should all be fired!!!';
    const scare = "Experts warn this common kitchen item could be silently poisoning your children. Doctors are terrified. Check your cupboards before it's too late.";
    expect(judge(flashSale).labels).toEqual(['fomo']);
    expect(judge(angry).labels).not.toContain('fear');
    expect(judge(angry).labels).not.toContain('fomo');
    expect(judge(angry).labels).toContain('outrage');
    expect(judge(scare).labels).toEqual(['fear']);
    // The same weights without the rule: the wrong kinds come back, so the rule is what removes them.
    const anyReason = (text: string) => judgeWithModel(loadModel(WEIGHTS), text, undefined, false).labels;
    expect(anyReason(flashSale)).toContain('scam');
    expect(anyReason(angry)).toContain('fear');
    expect(anyReason(scare)).toContain('outrage');
  });

  it('leaves plain human posts unlabelled', () => {
    for (const text of ['lol i cant believe the game last night, refs were blind smh', 'hello there', 'Anyone know a good plumber in Leeds? Ours retired.']) {
      expect(judge(text).labels).toEqual([]);
    }
  });

  it('returns a probability in [0, 1] for every head', () => {
    for (const text of Object.values(OBVIOUS)) {
      const j = judge(text);
      expect(Object.keys(j.scores).sort()).toEqual([...CATEGORIES].sort());
      for (const p of Object.values(j.scores)) expect(p >= 0 && p <= 1).toBe(true);
    }
  });

  it('gives reasons only for labelled categories', () => {
    for (const text of Object.values(OBVIOUS)) {
      const j = judge(text);
      for (const r of j.reasons) expect(j.labels).toContain(r.category);
    }
  });

  it('respects custom thresholds', () => {
    const text = OBVIOUS.fomo;
    const none = judge(text, { thresholds: Object.fromEntries(CATEGORIES.map((c) => [c, 1.01])) });
    expect(none.labels).toEqual([]);
    expect(none.reasons).toEqual([]);
    const strict = judge(text, { thresholds: { fomo: 1.01 } });
    expect(strict.labels).not.toContain('fomo');
    expect(judge(text).labels).toContain('fomo');
  });

  it('exposes a threshold in (0, 1) per head', () => {
    for (const c of CATEGORIES) expect(DEFAULT_THRESHOLDS[c] > 0 && DEFAULT_THRESHOLDS[c] < 1).toBe(true);
  });

  it('never throws on hostile input', () => {
    const hostile = ['', ' ', '\u0000\uffff', '😀'.repeat(5000), '<script>alert(1)</script><b>FREE</b>&amp;&#39;&bogus;',
      'x'.repeat(100_000), 'WIN '.repeat(30_000), '\ud83d', '𝐅𝐑𝐄𝐄 𝐌𝐎𝐍𝐄𝐘', '@a @b #c #d http://x.y/z'.repeat(500), '١٢٣ ٤٥٦ 中文 עברית'];
    for (const text of hostile) {
      const j = judge(text);
      for (const p of Object.values(j.scores)) expect(Number.isFinite(p)).toBe(true);
    }
    expect(() => judge(undefined as unknown as string)).not.toThrow();
  });
});
