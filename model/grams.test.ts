import { describe, expect, it } from 'vitest';
import { cleanForGrams, gramsOf } from './grams';

describe('the text the grams are taken from', () => {
  it('drops what marks where a text came from: links, @mentions, the # of hashtags, digits, layout', () => {
    expect(cleanForGrams('@elonmusk Great point!\n\nSee https://t.co/abc and www.x.com #AI 2024')).toBe('great point! see and ai 0000');
  });

  it('keeps the baseline’s placeholders when asked', () => {
    expect(cleanForGrams('@bob see https://t.co/abc', 'token')).toBe('atuser see httplink');
  });

  it('hashes the same text the same way, and a mention or a link changes nothing', () => {
    const grams = (text: string) => { const g = gramsOf(text); return Array.from(g.buckets.slice(0, g.words + g.chars)); };
    const plain = grams('that is a great idea');
    expect(grams('that is a great idea')).toEqual(plain);
    expect(grams('@someone that is a great idea')).toEqual(plain);
    expect(grams('that is a great idea https://example.com/x')).toEqual(plain);
  });

  it('counts word unigrams and bigrams, and three char grams per character', () => {
    const g = gramsOf('one two three');
    expect(g.words).toBe(3 + 2);
    // 13 characters and the end pad: 3-grams everywhere, 4- and 5-grams once enough came before
    expect(g.chars).toBe(14 + 13 + 12);
  });
});
