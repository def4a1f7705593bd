import { DARK, LIGHT } from './badge-colors';

/**
 * The pause card's CSS, in its shadow root: a calm, quiet box in the feed's own tone
 * (.card--dark follows the page's theme, feed/page-tone.ts). As with the badge, no opacity and
 * no transform: either would lift the card into its own layer, above a site's sticky header.
 * At most 640 px wide: on a page as wide as the window (old Reddit) a longer line is harder to
 * read (screenshots/pause-card/reddit-*.png), and X's column is 600 px anyway.
 * The breathing circle grows and shrinks by its size, and stands still for reduced motion.
 */
export const PAUSE_CARD_CSS = `
:host { all: initial; display: block; margin: 12px 0; }
.card {
  font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-sizing: border-box; max-width: min(100%, 640px); padding: 14px 16px; border-radius: 12px;
  background: #f1f7f5; color: ${LIGHT.text}; border: 1px solid #9cc9c1; border-inline-start: 4px solid #17645d;
}
.card--dark { background: #17302c; color: ${DARK.text}; border-color: #3f6f67; border-inline-start-color: #5cc0b5; }
p { margin: 0 0 10px; }
.facts { font-weight: 600; }
.first { font-size: 13px; color: #3d4a46; }
.card--dark .first { color: #c4d3ce; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 6px; }
button {
  font: inherit; font-size: 14px; color: inherit; cursor: pointer; border-radius: 8px;
  padding: 6px 12px; border: 1px solid #17645d; background: #ffffff;
}
.card--dark button { background: #1d2421; border-color: #5cc0b5; }
button.quiet { border: 0; background: transparent; padding: 2px 0; font-size: 13px; text-decoration: underline; text-underline-offset: 2px; }
.card--dark button.quiet { background: transparent; }
button:focus-visible { outline: 2px solid #17645d; outline-offset: 2px; }
.card--dark button:focus-visible { outline-color: #5cc0b5; }
.breath { display: flex; align-items: center; gap: 16px; margin-bottom: 10px; }
.circle-box { width: 56px; height: 56px; display: flex; align-items: center; justify-content: center; flex: none; }
.circle { width: 24px; height: 24px; border-radius: 50%; background: #9cc9c1; animation: breathe 10s ease-in-out infinite; }
.card--dark .circle { background: #3f8c82; }
@keyframes breathe { 0%, 100% { width: 24px; height: 24px; } 40% { width: 56px; height: 56px; } }
@media (prefers-reduced-motion: reduce) { .circle { animation: none; width: 40px; height: 40px; } }
.clock { font-variant-numeric: tabular-nums; font-size: 20px; font-weight: 600; margin: 0; }
`;
