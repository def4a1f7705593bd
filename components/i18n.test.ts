import { describe, expect, it } from 'vitest';
import english from '../public/_locales/en/messages.json';
import { CATEGORY_NAMES } from './category-names';
import { formatEnglish, message, type MessageKey } from './i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const entries = Object.entries(english) as [MessageKey, Entry][];

describe('the English messages file, the source of every translation', () => {
  it('has names the browsers accept, a message and a note for translators on every entry', () => {
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('declares every named placeholder it uses', () => {
    for (const [key, entry] of entries) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });

  it('keeps the manifest texts within the stores\' limits (name 75, description 132 characters)', () => {
    expect(english.extName.message.length).toBeLessThanOrEqual(75);
    expect(english.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

describe('message()', () => {
  it('falls back to the English file where the browser has no i18n (here, in Vitest)', () => {
    expect(message('badgeShowPost')).toBe('Show post');
    expect(message('badgeConfidence', ['82'])).toBe('82%');
    expect(formatEnglish('badgeConfidence', ['7'])).toBe('7%');
  });

  it('names the categories as before', () => {
    expect(CATEGORY_NAMES).toEqual({
      ai: 'Likely AI',
      outrage: 'Outrage',
      fear: 'Fear',
      clickbait: 'Clickbait',
      fomo: 'Ad pressure',
      scam: 'Scam',
      engagement_bait: 'Engagement bait',
    });
  });
});

describe('messagePlural', () => {
  it('picks the form for the count and fills it in', async () => {
    const { messagePlural } = await import('./i18n');
    expect(messagePlural('commonPostCount', 1, ['1'])).toBe('1 post');
    expect(messagePlural('commonPostCount', 12, ['12'])).toBe('12 posts');
    expect(messagePlural('commonPostCount', 0, ['0'])).toBe('0 posts');
  });
});
