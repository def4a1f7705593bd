import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '../text/category-colors';
import { CATEGORIES } from '../model/categories';
import { contrast, kindCss, kindLook, leadKind } from './badge-colors';

describe('each kind of label in its own colour on the feed', () => {
  it('uses the colour the kind has in the popup and on the weekly page, a different one per kind', () => {
    // Where the kind's own colour is dark enough on white it is used as it is; amber clickbait is darkened.
    for (const category of ['outrage', 'fear', 'scam', 'engagement_bait'] as const) {
      expect(kindLook(category, 'light').edge).toBe(CATEGORY_COLORS[category]);
    }
    expect(new Set(CATEGORIES.map((category) => kindLook(category, 'light').edge)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((category) => kindLook(category, 'light').background)).size).toBe(CATEGORIES.length);
    expect(new Set(CATEGORIES.map((category) => kindLook(category, 'dark').background)).size).toBe(CATEGORIES.length);
  });

  it.each(['light', 'dark'] as const)('keeps text readable (4.5:1) and edges visible (3:1) on a %s feed', (tone) => {
    for (const category of CATEGORIES) {
      const look = kindLook(category, tone);
      expect(contrast(look.text, look.background), `${category} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(look.edge, look.background), `${category} edge`).toBeGreaterThanOrEqual(3);
    }
  });

  it('makes a scam the strongest: the deepest tint and a full border', () => {
    for (const tone of ['light', 'dark'] as const) {
      const scam = kindLook('scam', tone);
      const surface = tone === 'light' ? '#ffffff' : '#1d2421';
      for (const category of CATEGORIES.filter((c) => c !== 'scam')) {
        expect(contrast(scam.background, surface)).toBeGreaterThan(contrast(kindLook(category, tone).background, surface));
      }
    }
    expect(kindCss()).toMatch(/\.badge--scam \{[^}]*border: 2px solid/);
    expect(kindCss()).not.toMatch(/\.badge--clickbait \{[^}]*border: 2px solid/);
  });

  it('dresses a badge with a scam among its labels as a scam', () => {
    expect(leadKind(['clickbait', 'scam'])).toBe('scam');
    expect(leadKind(['fear', 'outrage'])).toBe('fear');
  });
});
