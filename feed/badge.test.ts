import { beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Judgement } from '../model/judge';

/** A German messages file, as the browser would serve it ($1… already in place of the names). */
const GERMAN: Record<string, string> = {
  categoryOutrage: 'Empörung',
  reasonAnger: 'Wutwörter: „$1“',
  reasonShareDemand: 'drängt zum Teilen: „$1“',
  badgeLine: '$1 · $2 · $3',
  badgeTwoReasons: '$1, $2',
  badgeConfidence: '$1 %',
};

let describeLabel: typeof import('./badge').describeLabel;

beforeAll(async () => {
  // Before the badge module loads: category names are read once, when it does.
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
    const subs = [substitutions ?? []].flat();
    return (GERMAN[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
  ({ describeLabel } = await import('./badge'));
});

const judgement = (reasons: string[]): Judgement => ({
  scores: { ai: 0, outrage: 0.823, fear: 0, clickbait: 0, fomo: 0, scam: 0, engagement_bait: 0 },
  labels: ['outrage'],
  reasons: reasons.map((text) => ({ category: 'outrage', text })),
});

describe('a label in the person’s language', () => {
  it('translates the stored English reasons and keeps the post’s own words', () => {
    expect(describeLabel(judgement(["anger words: 'furious'", "pushes you to share: 'share if you agree'"]), 'outrage')).toBe(
      'Empörung · Wutwörter: „furious“, drängt zum Teilen: „share if you agree“ · 82 %',
    );
  });

  it('joins two reasons the way the translation says', () => {
    GERMAN.badgeTwoReasons = '$1 und $2';
    try {
      expect(describeLabel(judgement(["anger words: 'wütend'", 'harsh words']), 'outrage')).toBe('Empörung · Wutwörter: „wütend“ und harsh words · 82 %');
    } finally {
      GERMAN.badgeTwoReasons = '$1, $2';
    }
  });

  it('says the same words once when two cues quote them, and shows the next reason instead', () => {
    const clickbait = (reasons: string[]): Judgement => ({
      scores: { ai: 0, outrage: 0, fear: 0, clickbait: 0.91, fomo: 0, scam: 0, engagement_bait: 0 },
      labels: ['clickbait'],
      reasons: reasons.map((text) => ({ category: 'clickbait', text })),
    });
    const twice = ["clickbait phrasing: 'you won't believe'", "curiosity gap: 'You Won't Believe'"];
    expect(describeLabel(clickbait(twice), 'clickbait')).toBe("Clickbait · clickbait phrasing: 'you won't believe' · 91 %");
    expect(describeLabel(clickbait([...twice, 'speaks to "you"']), 'clickbait')).toBe(
      "Clickbait · clickbait phrasing: 'you won't believe', speaks to \"you\" · 91 %",
    );
  });

  it('shows a reason it does not know as it was stored', () => {
    expect(describeLabel(judgement(['a reason from an older model']), 'outrage')).toBe('Empörung · a reason from an older model · 82 %');
  });

  it('falls back to English where the translation has no such message', () => {
    expect(describeLabel(judgement(['harsh words']), 'outrage')).toBe('Empörung · harsh words · 82 %');
  });
});
