/**
 * The shell the pause card and the intention prompt share: a custom element with a shadow root
 * in the card's calm look (pause-card-styles.ts), in the feed's tone and the messages' language.
 * A click or key meant for it must not open a post or run a site's shortcut, so those stop here.
 */
import { messagesLanguage } from '../text/i18n';
import type { Tone } from './page-tone';
import { PAUSE_CARD_CSS } from './pause-card-styles';

const STOPPED_EVENTS = ['click', 'mousedown', 'pointerdown', 'keydown'] as const;
const stopPropagation = (event: Event) => event.stopPropagation();

export interface CardShell {
  host: HTMLElement;
  /** The section inside the shadow root that holds the card's content. */
  box: HTMLElement;
}

export function createCardShell(tag: string, { tone, label, css = '', className = '' }: { tone: Tone; label: string; css?: string; className?: string }): CardShell {
  const host = document.createElement(tag);
  for (const type of STOPPED_EVENTS) host.addEventListener(type, stopPropagation);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PAUSE_CARD_CSS + css;
  const box = document.createElement('section');
  box.className = ['card', tone === 'dark' ? 'card--dark' : '', className].filter(Boolean).join(' ');
  box.setAttribute('aria-label', label);
  const { lang, dir } = messagesLanguage();
  box.lang = lang;
  box.dir = dir;
  shadow.append(style, box);
  return { host, box };
}
