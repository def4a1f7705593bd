/**
 * Each kind of label in its own colour on the feed, the colour it has in the popup and on the
 * weekly page (text/category-colors.ts), so a scam never looks like clickbait:
 *
 *   kind colour ─▶ light: a pale tint of it behind dark text, its full colour as the edge and dot
 *               ─▶ dark:  a deep tint of it behind light text, a lightened edge and dot
 *
 * A scam is the strongest: a deeper tint and a full border in its colour, not only an edge.
 * Text keeps at least 4.5:1 against its tint and the edge and dot at least 3:1 (WCAG AA for text
 * and for graphics); badge-colors.test.ts measures every kind in both tones.
 */
import { CATEGORY_COLORS } from '../text/category-colors';
import { CATEGORIES, type Category } from '../model/categories';

export const LIGHT = { surface: '#ffffff', text: '#1e2522' };
export const DARK = { surface: '#1d2421', text: '#eef0ec' };

export interface KindLook {
  background: string;
  edge: string;
  text: string;
}

/** How strongly the badge's background takes its kind's colour: scams the most. */
const TINT = { light: { usual: 0.1, scam: 0.2 }, dark: { usual: 0.2, scam: 0.45 } };
/** Graphics (edge, dot) need 3:1 against what is around them (WCAG 1.4.11). */
const EDGE_CONTRAST = 3;

export function kindLook(category: Category, tone: 'light' | 'dark'): KindLook {
  const color = CATEGORY_COLORS[category];
  const tint = TINT[tone][category === 'scam' ? 'scam' : 'usual'];
  const { surface, text } = tone === 'light' ? LIGHT : DARK;
  const background = mix(color, surface, tint);
  // The kind's own colour where it stands out enough; else the same hue, darkened on a light feed
  // (amber clickbait) or lifted on a dark one, a step at a time until it does.
  const toward = tone === 'light' ? '#000000' : '#ffffff';
  let edge = color;
  for (let step = 1; contrast(edge, background) < EDGE_CONTRAST && step <= 10; step++) edge = mix(toward, color, step / 10);
  return { background, edge, text };
}

/** The kind a badge with several labels wears: a scam first, whatever else it is; else the first label. */
export function leadKind(labels: readonly Category[]): Category | undefined {
  return labels.includes('scam') ? 'scam' : labels[0];
}

/** The CSS for every kind in both tones: `.badge--<kind>` for the box, `.line--<kind>` for each line's dot. */
export function kindCss(): string {
  return CATEGORIES.map((category) => {
    const light = kindLook(category, 'light');
    const dark = kindLook(category, 'dark');
    const border = category === 'scam' ? `border: 2px solid ${light.edge};` : `border-color: ${mix(light.edge, LIGHT.surface, 0.45)};`;
    const darkBorder = category === 'scam' ? `border: 2px solid ${dark.edge};` : `border-color: ${mix(dark.edge, DARK.surface, 0.45)};`;
    return [
      `.badge--${category} { background: ${light.background}; color: ${light.text}; ${border} border-inline-start: 4px solid ${light.edge}; }`,
      `.badge--dark.badge--${category} { background: ${dark.background}; color: ${dark.text}; ${darkBorder} border-inline-start: 4px solid ${dark.edge}; }`,
      `.line--${category}::before { background: ${light.edge}; }`,
      `.badge--dark .line--${category}::before { background: ${dark.edge}; }`,
    ].join('\n');
  }).join('\n');
}

/** `share` of `color` over `base`, as an opaque hex colour (no opacity: see badge-styles.ts). */
export function mix(color: string, base: string, share: number): string {
  const [r1, g1, b1] = rgb(color);
  const [r2, g2, b2] = rgb(base);
  const channel = (a: number, b: number) => Math.round(a * share + b * (1 - share)).toString(16).padStart(2, '0');
  return `#${channel(r1, r2)}${channel(g1, g2)}${channel(b1, b2)}`;
}

/** WCAG 2 contrast ratio between two opaque colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
