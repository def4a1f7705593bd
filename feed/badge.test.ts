import { beforeAll, describe, expect, it } from 'vitest';
import { connectBrowserMessages } from '../text/i18n';
import type { Judgement } from '../model/judge';

/** A German messages file, as the browser would serve it ($1… already in place of the names). */
const GERMAN: Record<string, string> = {
  categoryOutrage: 'Empörung',
  reasonWordingOutrage: 'Wortwahl wie in Posts, die wütend machen sollen: „$1“',
  badgeLine: '$1 · $2 · $3',
  badgeTwoReasons: '$1, $2',
  badgeStrengthSome: 'einige Anzeichen',
  badgeStrengthStrong: 'starke Anzeichen',
};

let describeLabel: typeof import('./badge').describeLabel;

beforeAll(async () => {
  // Before the badge module loads: category names are read once, when it does.
  connectBrowserMessages({
    getMessage: (key: string, substitutions: string[] = []) =>
      (GERMAN[key] ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    getUILanguage: () => 'de',
  });
  ({ describeLabel } = await import('./badge'));
});

const judgement = (reasons: string[], strength: 'some' | 'strong' = 'strong'): Judgement => ({
  scores: { ai: 0, outrage: 0.9991, fear: 0, clickbait: 0, fomo: 0, scam: 0, engagement_bait: 0 },
  labels: ['outrage'],
  strength: { outrage: strength },
  reasons: reasons.map((text) => ({ category: 'outrage', text })),
});

describe('a label in the person’s language', () => {
  it('translates the stored English reasons and keeps the post’s own words', () => {
    expect(describeLabel(judgement(["wording typical of posts made to anger: 'furious'", "wording typical of posts made to anger: 'share if you agree'"]), 'outrage')).toBe(
      'Empörung · Wortwahl wie in Posts, die wütend machen sollen: „furious“, Wortwahl wie in Posts, die wütend machen sollen: „share if you agree“ · starke Anzeichen',
    );
  });

  it('says how strong the evidence is in words, never as a percentage', () => {
    expect(describeLabel(judgement(['harsh words'], 'some'), 'outrage')).toBe('Empörung · harsh words · einige Anzeichen');
    expect(describeLabel(judgement(['harsh words'], 'strong'), 'outrage')).not.toMatch(/%/);
  });

  it('joins two reasons the way the translation says', () => {
    GERMAN.badgeTwoReasons = '$1 und $2';
    try {
      expect(describeLabel(judgement(["wording typical of posts made to anger: 'wütend'", 'harsh words']), 'outrage')).toBe(
        'Empörung · Wortwahl wie in Posts, die wütend machen sollen: „wütend“ und harsh words · starke Anzeichen',
      );
    } finally {
      GERMAN.badgeTwoReasons = '$1, $2';
    }
  });

  it('says the same words once when two reasons quote them, and shows the next reason instead', () => {
    const twice = ["wording typical of posts made to anger: 'you won't believe'", "wording typical of posts made to anger: 'You Won't Believe'"];
    expect(describeLabel(judgement([...twice, 'speaks to "you"']), 'outrage')).toBe(
      "Empörung · Wortwahl wie in Posts, die wütend machen sollen: „you won't believe“, speaks to \"you\" · starke Anzeichen",
    );
  });

  it('says in a tooltip what the strength meant in testing, stronger evidence rarer among ordinary posts', async () => {
    const { strengthMeaning } = await import('./badge');
    const count = (text: string) => Number(/1 in (\d+)/.exec(text)?.[1]);
    GERMAN.badgeStrengthSomeMeaning = 'einige: 1 in $1';
    GERMAN.badgeStrengthStrongMeaning = 'starke: 1 in $1';
    const some = strengthMeaning(judgement(['x'], 'some'), 'outrage');
    const strong = strengthMeaning(judgement(['x'], 'strong'), 'outrage');
    expect(some).toMatch(/^einige: 1 in \d+$/);
    expect(count(strong)).toBeGreaterThan(count(some));
  });

  it('shows a reason it does not know as it was stored', () => {
    expect(describeLabel(judgement(['a reason from an older model']), 'outrage')).toBe('Empörung · a reason from an older model · starke Anzeichen');
  });
});
