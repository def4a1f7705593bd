import { kindCss } from './badge-colors';

/**
 * The badge's own CSS, inside its shadow root: calm, small, legible on light and dark feeds
 * (.badge--dark follows the page's own theme, feed/page-tone.ts, not the system's).
 * No opacity anywhere: it would lift the badge into its own stacking layer, above a site's
 * sticky header when the page scrolls under it.
 */
export const BADGE_CSS = `
:host { all: initial; display: block; margin: 3px 0; }
.badge {
  font: 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  display: inline-flex; flex-wrap: wrap; align-items: center; gap: 2px 10px;
  padding: 3px 8px; border-radius: 8px; border: 1px solid #e0c48a;
  background: #fff8e8; color: #4a3a12; max-width: 100%; box-sizing: border-box;
}
/* A hidden post's stub: quieter than a label, still edged in its kind's colour. */
.badge--hide:not(.badge--revealed) { background: #f3f1ec; color: #3d4440; }
.line { margin: 0; }
.line::before { content: ''; display: inline-block; width: 7px; height: 7px; border-radius: 50%; background: #f2a541; margin-inline-end: 6px; vertical-align: 1px; }
.controls { display: flex; gap: 8px; }
button {
  font: inherit; color: inherit; background: transparent; border: 0; border-radius: 4px;
  padding: 0 2px; cursor: pointer; text-decoration: underline; text-underline-offset: 2px;
  text-decoration-color: #b59a5a;
}
button[data-action='reveal'] { font-weight: 600; }
button:hover { text-decoration-color: currentColor; }
button:focus-visible { outline: 2px solid #17645d; outline-offset: 1px; }
button:disabled { cursor: default; text-decoration: none; }
.badge--dark { background: #3a2f17; border-color: #7a6330; color: #f6e6c0; }
.badge--dark button { text-decoration-color: #a88d52; }
.badge--dark button:focus-visible { outline-color: #5cc0b5; }
.badge--dark.badge--hide:not(.badge--revealed) { background: #262b29; color: #dfe4e0; }
/* Per kind, after the defaults above (badge-colors.ts). */
${kindCss()}
`;
