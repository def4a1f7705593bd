/**
 * Whether the feed is drawn light or dark, so a label looks like it belongs on it. Sites keep
 * their own theme (X in "Lights out" under a light system theme, Reddit's dark mode by class),
 * so the system's prefers-color-scheme alone would put a cream label on a black feed.
 *
 *   the first opaque background of <body>, then <html>  → its lightness decides
 *   else the body's text colour (light text: a dark page)
 *   else the system's colour scheme (the canvas follows it)
 */
export type Tone = 'light' | 'dark';

type Rgba = [r: number, g: number, b: number, a: number];

/** rgb()/rgba() as getComputedStyle gives it; null for anything else (a colour it cannot read). */
export function parseComputedColor(css: string): Rgba | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!match) return null;
  const [, r, g, b, alpha] = match;
  const a = alpha === undefined ? 1 : alpha.endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
  return [Number(r), Number(g), Number(b), a];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Mid-grey (#777) in luminance: darker backgrounds are dark pages, lighter text is on one. */
const MIDDLE = 0.18;
/** A background at least this opaque decides on its own. */
const OPAQUE = 0.5;

export interface PageColors {
  backgrounds: readonly string[];
  text: string;
  prefersDark: boolean;
}

export function toneOf({ backgrounds, text, prefersDark }: PageColors): Tone {
  for (const background of backgrounds) {
    const color = parseComputedColor(background);
    if (color && color[3] >= OPAQUE) return luminance(color) < MIDDLE ? 'dark' : 'light';
  }
  const textColor = parseComputedColor(text);
  if (textColor && textColor[3] >= OPAQUE) return luminance(textColor) > MIDDLE ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** Reads the page's colours: two computed styles, no layout. */
export function readPageTone(doc: Document): Tone {
  const view = doc.defaultView;
  if (!view) return 'light';
  const body = doc.body ? view.getComputedStyle(doc.body) : null;
  const root = view.getComputedStyle(doc.documentElement);
  return toneOf({
    backgrounds: [body?.backgroundColor ?? '', root.backgroundColor],
    text: body?.color ?? root.color,
    prefersDark: view.matchMedia?.(DARK_SCHEME).matches ?? false,
  });
}

/**
 * How long after a change to <html> or <body> the colours are read again. Some sites touch those
 * elements on every scroll (inline custom properties, scroll locks): a theme switch can wait a
 * quarter of a second, a style read in every frame should not happen.
 */
export const TONE_CHECK_DELAY_MS = 250;

export interface ToneTimers {
  setTimeout(handler: () => void, ms: number): void;
  /** Runs `handler` just before the next frame, when reading styles costs least. */
  nextFrame(handler: () => void): void;
}

/**
 * The page's tone, kept current: sites switch theme with a class, an attribute or an inline
 * style on <html> or <body>, or by following the system's scheme. Changes are read again at
 * most once every TONE_CHECK_DELAY_MS, and `onChange` hears only a real switch.
 */
export function watchPageTone(doc: Document, timers: ToneTimers, onChange: (tone: Tone) => void): { current(): Tone; stop(): void } {
  let tone = readPageTone(doc);
  let isScheduled = false;
  let isStopped = false;
  const read = () => {
    isScheduled = false;
    if (isStopped) return;
    const next = readPageTone(doc);
    if (next !== tone) onChange((tone = next));
  };
  const check = () => {
    if (isScheduled || isStopped) return;
    isScheduled = true;
    timers.setTimeout(() => timers.nextFrame(read), TONE_CHECK_DELAY_MS);
  };
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { attributes: true });
  if (doc.body) observer.observe(doc.body, { attributes: true });
  const scheme = doc.defaultView?.matchMedia?.(DARK_SCHEME);
  scheme?.addEventListener('change', check);
  return {
    current: () => tone,
    stop() {
      isStopped = true;
      observer.disconnect();
      scheme?.removeEventListener('change', check);
    },
  };
}
