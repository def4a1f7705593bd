import { describe, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { CATEGORIES } from '../model/categories';
import { REASON_TEMPLATES } from '../model/explain';
import { judge } from '../model';
import { localReason, REASON_MESSAGES, recogniseReason } from './reason-text';

const WORDS = "ends tonight, don't wait";

describe('reasons shown in the person’s language', () => {
  it('has a message in the English file for every kind’s reason', () => {
    expect(REASON_MESSAGES.map((r) => r.template)).toEqual(CATEGORIES.map((c) => REASON_TEMPLATES[c]));
    for (const { key } of REASON_MESSAGES) expect(english, key).toHaveProperty(key);
  });

  it('keeps the English wording the model stores, words and all', () => {
    for (const { template, key } of REASON_MESSAGES) {
      const text = template.replace('%', WORDS);
      expect(recogniseReason(text), text).toEqual({ key, words: [WORDS] });
      expect(localReason(text)).toBe(text);
    }
  });

  it('recognises what the model writes for real posts', () => {
    const posts = [
      'Congratulations! You have been selected to receive a $1000 Walmart gift card. Click here to claim your prize before it expires: bit.ly/claim-gift',
      'Comment YES if you agree and tag 3 friends who need to see this!',
    ];
    let seen = 0;
    for (const post of posts) for (const reason of judge(post).reasons) { seen++; expect(recogniseReason(reason.text), reason.text).not.toBeNull(); }
    expect(seen).toBeGreaterThan(0);
  });

  it('shows text from an older model as it was stored', () => {
    for (const text of ['spooky vibes', "urgency: 'ends tonight'", "wording typical of scams: '", '']) {
      expect(recogniseReason(text)).toBeNull();
      expect(localReason(text)).toBe(text);
    }
  });
});
