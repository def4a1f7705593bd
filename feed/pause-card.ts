/**
 * The pause card between posts: a small element in a shadow root, like the labels, in the flow
 * of the feed (never over it, never holding the scroll). Text is only ever set with textContent.
 *
 *   <realign-pause-card>  #shadow
 *     ask:       25 min on X. 7 of the last 10 posts were built to provoke: outrage 5, fear 2.
 *                [Keep scrolling] [Take two minutes] [Done for now]   No more cards today
 *     breathing: (circle) 1:45 left   [Back to the feed]
 *     closing:   Closing this tab in 3 s.  [Undo]
 */
import { message } from '../text/i18n';
import type { PauseCard, PauseChoice } from '../pause/decide-card';
import { createCardShell } from './card-shell';
import { formatClock, pauseCardFacts } from './pause-card-text';
import type { Tone } from './page-tone';

export const PAUSE_CARD_TAG = 'realign-pause-card';
export const BREAK_MS = 2 * 60_000;
export const UNDO_MS = 3_000;

/** As on the badge: the feed must not open a post or run a shortcut for a click or key meant for the card. */

export interface PauseCardDeps {
  card: PauseCard;
  siteName: string;
  tone: Tone;
  /** Tells the background; "done" closes the tab. */
  choose(choice: PauseChoice): void;
  /** The break was left before its two minutes ("Back to the feed"): the tab's time counts again. */
  endBreak(): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  now(): number;
}

export function createPauseCard(deps: PauseCardDeps): HTMLElement {
  const { host, box } = createCardShell(PAUSE_CARD_TAG, { tone: deps.tone, label: message('pauseCardLabel') });

  let timer: number | null = null;
  const stopTimer = () => {
    if (timer !== null) deps.clearInterval(timer);
    timer = null;
  };
  const close = () => {
    stopTimer();
    host.remove();
  };
  const show = (...children: HTMLElement[]) => {
    stopTimer();
    box.replaceChildren(...children);
  };

  const ask = (focus = false) => {
    const facts = paragraph('facts', pauseCardFacts(deps.card, deps.siteName));
    const first = deps.card.isFirst ? [paragraph('first', message('pauseCardFirstTime'))] : [];
    const done = button('done', message('pauseCardDone'), closing);
    show(facts, ...first, row(
      button('keep-scrolling', message('pauseCardKeepScrolling'), () => {
        deps.choose('keep-scrolling');
        close();
      }),
      button('take-two', message('pauseCardTakeTwo'), breathing),
      done,
    ), button('pause-today', message('pauseCardPauseToday'), () => {
      deps.choose('pause-today');
      close();
    }, 'quiet'));
    if (focus) done.focus();
  };

  function breathing(): void {
    deps.choose('take-two');
    const endsAt = deps.now() + BREAK_MS;
    const clock = paragraph('clock', '');
    const words = paragraph('', message('pauseCardBreathe'));
    const circle = document.createElement('div');
    circle.className = 'circle-box';
    circle.append(Object.assign(document.createElement('div'), { className: 'circle' }));
    const text = document.createElement('div');
    text.append(words, clock);
    const breath = document.createElement('div');
    breath.className = 'breath';
    breath.append(circle, text);
    const back = button('back', message('pauseCardBack'), () => {
      if (deps.now() < endsAt) deps.endBreak();
      close();
    });
    show(breath, row(back));
    const tick = () => {
      const left = endsAt - deps.now();
      if (left > 0) {
        clock.textContent = message('pauseCardTimeLeft', [formatClock(left)]);
        return;
      }
      stopTimer();
      words.textContent = message('pauseCardBreakOver');
      clock.textContent = '';
    };
    tick();
    timer = deps.setInterval(tick, 1_000);
    // The button pressed is gone: keyboard and screen-reader users land on the way back.
    back.focus();
  }

  function closing(): void {
    const endsAt = deps.now() + UNDO_MS;
    const status = paragraph('facts', '');
    status.setAttribute('role', 'status');
    const undo = button('undo', message('pauseCardUndo'), () => {
      deps.choose('undo-done');
      ask(true);
    });
    show(status, row(undo));
    const tick = () => {
      const left = endsAt - deps.now();
      if (left > 0) {
        status.textContent = message('pauseCardClosing', [String(Math.ceil(left / 1_000))]);
        return;
      }
      stopTimer();
      deps.choose('done');
    };
    tick();
    timer = deps.setInterval(tick, 250);
    undo.focus();
  }

  ask();
  return host;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const el = document.createElement('p');
  if (className) el.className = className;
  el.textContent = text;
  return el;
}

function row(...children: HTMLElement[]): HTMLDivElement {
  const el = document.createElement('div');
  el.className = 'actions';
  el.append(...children);
  return el;
}

function button(action: string, label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.dataset.action = action;
  if (className) el.className = className;
  el.textContent = label;
  el.addEventListener('click', onClick);
  return el;
}
