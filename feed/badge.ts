/**
 * The label on a flagged post: a small element in a shadow root, so the page's CSS cannot reach
 * it and its CSS cannot reach the page. Text is only ever set with textContent.
 *
 *   <realign-badge data-realign-badge>  #shadow
 *     Outrage · anger words, 'share if you agree' · 82%
 *     [Show post]  [Not helpful]
 */
import { CATEGORY_NAMES } from '../text/category-names';
import { message, messagesLanguage } from '../text/i18n';
import { localReason, recogniseReason } from '../text/reason-text';
import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import { HEAD_CARDS } from '../model';
import { oneInCount } from '../text/one-in';
import type { LabelMode } from '../settings/label-modes';
import type { Provenance } from '../sites/types';
import { leadKind } from './badge-colors';
import { BADGE_CSS } from './badge-styles';
import { hiddenLine } from './hidden-line';
import type { Tone } from './page-tone';
import { provenanceLine } from './provenance-label';

export const BADGE_TAG = 'realign-badge';
/**
 * Reasons shown per label: enough to explain, short enough for one line. Two are joined by a
 * message, not Intl.ListFormat: the first Intl object a web page's process makes costs it
 * 15–30 ms, a dropped frame on a feed that has made none of its own.
 */
const REASONS_PER_LABEL = 2;

/** What feeds listen to on a post to open it or start a drag; one shared listener for all. */
const STOPPED_EVENTS = ['click', 'mousedown', 'pointerdown', 'keydown'] as const;
const stopPropagation = (event: Event) => event.stopPropagation();

export interface BadgeContent {
  judgement: Judgement;
  labels: readonly Category[];
  mode: LabelMode;
  isRevealed: boolean;
  /** The feed's own theme, light or dark. */
  tone: Tone;
  /** The platform's own AI mark on the post: the `ai` line says it instead of the model's reasons. */
  provenance?: Provenance;
  /** The post's author as the page names it: a hidden post's stub keeps it. */
  author?: string | null;
}

export interface BadgeActions {
  onToggleReveal(): void;
  onNotHelpful(category: Category): void;
}

/** One line per shown label: what, why, how sure (or, for a platform's own AI mark, who says so). */
export function describeLabel(judgement: Judgement, category: Category, provenance?: Provenance): string {
  if (provenance && category === 'ai') return message('badgeLineProvenance', [CATEGORY_NAMES.ai, provenanceLine(provenance)]);
  const reasons = shownReasons(judgement, category);
  // How strong the evidence is, in words tied to measured figures (model card), never a percentage.
  const confidence = message(judgement.strength[category] === 'strong' ? 'badgeStrengthStrong' : 'badgeStrengthSome');
  if (reasons.length === 0) return message('badgeLineWithoutReasons', [CATEGORY_NAMES[category], confidence]);
  const [first, second] = reasons as [string, string?];
  const said = second === undefined ? first : message('badgeTwoReasons', [first, second]);
  return message('badgeLine', [CATEGORY_NAMES[category], said, confidence]);
}

/**
 * What "some signs" / "strong signs" meant in testing, for the line's tooltip: how rarely ordinary
 * posts by people, from sources the model never saw, reached that strength. The count is written
 * without Intl (see REASONS_PER_LABEL's note on the first Intl object in a page).
 */
export function strengthMeaning(judgement: Judgement, category: Category): string {
  const card = HEAD_CARDS[category];
  const strong = judgement.strength[category] === 'strong';
  const rate = strong ? card.ordinaryRate.strong : card.ordinaryRate.some;
  const count = oneInCount(rate > 0 ? rate : 1 / 10_000);
  return message(strong ? 'badgeStrengthStrongMeaning' : 'badgeStrengthSomeMeaning', [String(count)]);
}

/**
 * A label's first reasons, skipping one that quotes the very words an earlier one did: two cues
 * often fire on one phrase ("clickbait phrasing" and "curiosity gap" on 'you won't believe'),
 * and saying it twice tells the person nothing more.
 */
function shownReasons(judgement: Judgement, category: Category): string[] {
  const quoted = new Set<string>();
  const shown: string[] = [];
  for (const reason of judgement.reasons) {
    if (reason.category !== category) continue;
    const words = recogniseReason(reason.text)?.words[0]?.toLowerCase();
    if (words !== undefined) {
      if (quoted.has(words)) continue;
      quoted.add(words);
    }
    shown.push(localReason(reason.text));
    if (shown.length === REASONS_PER_LABEL) break;
  }
  return shown;
}

export function createBadge(actions: BadgeActions): { host: HTMLElement; render(content: BadgeContent): void } {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('data-realign-badge', '');
  // Keep the site's own handlers (open the post, like, navigate) from seeing clicks on the badge.
  for (const type of STOPPED_EVENTS) host.addEventListener(type, stopPropagation);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptBadgeStyles(shadow);
  const box = document.createElement('div');
  box.className = 'badge';
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', message('badgeName'));
  // The label speaks Realign's language, whatever the page's own is.
  const language = messagesLanguage();
  box.lang = language.lang;
  box.dir = language.dir;
  shadow.append(box);

  let current: BadgeContent | null = null;
  box.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button || !current) return;
    if (button.dataset.action === 'reveal') actions.onToggleReveal();
    if (button.dataset.action === 'not-helpful') {
      actions.onNotHelpful(current.labels[0]!);
      button.textContent = message('badgeThanks');
      button.disabled = true;
    }
  });

  return {
    host,
    render(content) {
      current = content;
      // Each kind in its own colour (badge-colors.ts): the box wears the lead kind's, each line's dot its own.
      box.className = `badge badge--${content.mode} badge--${leadKind(content.labels)}${content.isRevealed ? ' badge--revealed' : ''}${content.tone === 'dark' ? ' badge--dark' : ''}`;
      const isStub = content.mode === 'hide' && !content.isRevealed;
      const lines = (isStub ? [null] : content.labels).map((category) => {
        const line = document.createElement('p');
        line.className = `line line--${category ?? leadKind(content.labels)}`;
        line.textContent = category ? describeLabel(content.judgement, category, content.provenance) : hiddenLine(content.labels, content.author ?? null);
        if (category && !(content.provenance && category === 'ai')) line.title = strengthMeaning(content.judgement, category);
        return line;
      });
      const controls = document.createElement('div');
      controls.className = 'controls';
      if (content.mode === 'blur' || content.mode === 'hide') {
        controls.append(button('reveal', message(content.isRevealed ? 'badgeCoverAgain' : 'badgeShowPost')));
      }
      // A hidden post's stub is one line: what, who, and the way to see it (no reasons to judge yet).
      if (!isStub) controls.append(button('not-helpful', message('badgeNotHelpful')));
      box.replaceChildren(...lines, controls);
    },
  };
}

let sharedSheet: CSSStyleSheet | null = null;

/**
 * A constructed stylesheet, shared by every badge and exempt from the page's style-src policy;
 * a <style> element where the browser cannot adopt one from a content script.
 */
function adoptBadgeStyles(shadow: ShadowRoot): void {
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
}

function button(action: string, label: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.dataset.action = action;
  el.textContent = label;
  return el;
}
