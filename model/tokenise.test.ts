import { describe, expect, it } from 'vitest';
import { hashWord } from './hash';
import { normaliseText } from './normalise';
import { KIND_EMOJI, KIND_HASHTAG, KIND_MENTION, KIND_NUMBER, KIND_URL, KIND_WORD, tokenise } from './tokenise';

function kinds(text: string): [number, string][] {
  const b = tokenise(text);
  return Array.from({ length: b.count }, (_, i) => [b.kind[i]!, text.slice(b.start[i]!, b.end[i]!)]);
}

describe('tokenise', () => {
  it('separates words, numbers, links, mentions, hashtags and emoji', () => {
    expect(kinds("Don't miss @sam's #deal: 50 left 🔥 https://x.co/a bit.ly/b")).toEqual([
      [KIND_WORD, "Don't"], [KIND_WORD, 'miss'], [KIND_MENTION, '@sam'], [KIND_WORD, 's'], [KIND_HASHTAG, '#deal'],
      [KIND_NUMBER, '50'], [KIND_WORD, 'left'], [KIND_EMOJI, '🔥'], [KIND_URL, 'https://x.co/a'], [KIND_URL, 'bit.ly/b'],
    ]);
  });

  it('hashes lowercase words without apostrophes', () => {
    const b = tokenise("DON'T Dont");
    expect(b.hash[0]).toBe(hashWord('dont'));
    expect(b.hash[1]).toBe(hashWord('dont'));
  });

  it('counts words per sentence', () => {
    const b = tokenise('One two three. Four five! Six?');
    expect(Array.from(b.sentenceWords.subarray(0, b.sentences))).toEqual([3, 2, 1]);
  });
});

describe('normaliseText', () => {
  it('folds styled letters, entities, markup and curly quotes', () => {
    expect(normaliseText('𝐅𝐑𝐄𝐄 &amp; <b>now</b> it’s')).toBe("FREE &  now  it's");
  });

  it('judges a bounded prefix of huge posts', () => {
    expect(normaliseText('a'.repeat(100_000)).length).toBeLessThanOrEqual(3000);
    expect(normaliseText('😀'.repeat(2000)).endsWith('\ud83d')).toBe(false);
  });
});
