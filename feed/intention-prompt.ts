/**
 * The optional intention check above the feed: one line, a few one-tap answers and "Skip", in a
 * shadow root like the pause card and in its calm look. Never a gate: the feed is there and
 * scrolls under it the whole time; any answer (Skip too) closes it for the stretch.
 *
 *   <realign-intention>  #shadow
 *     What are you here for?  [Catch up] [Reply to someone] [Look something up] [Unwind]  Skip
 */
import { message, type MessageKey } from '../text/i18n';
import { INTENTIONS, type Intention, type IntentionAnswer } from '../intention/intention';
import { createCardShell } from './card-shell';
import type { Tone } from './page-tone';

export const INTENTION_TAG = 'realign-intention';

const ANSWER_WORDS: Record<Intention, MessageKey> = {
  'catch-up': 'intentionCatchUp',
  reply: 'intentionReply',
  'look-up': 'intentionLookUp',
  unwind: 'intentionUnwind',
};

const ONE_LINE_CSS = `.line { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; } .line p { margin: 0 8px 0 0; font-weight: 600; }`;

export function createIntentionPrompt(deps: { tone: Tone; choose(answer: IntentionAnswer): void }): HTMLElement {
  const { host, box } = createCardShell(INTENTION_TAG, { tone: deps.tone, label: message('intentionLabel'), css: ONE_LINE_CSS, className: 'line' });
  const question = document.createElement('p');
  question.textContent = message('intentionQuestion');
  const answer = (value: IntentionAnswer, label: string, className = '') => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.answer = value;
    if (className) button.className = className;
    button.textContent = label;
    button.addEventListener('click', () => {
      deps.choose(value);
      host.remove();
    });
    return button;
  };
  box.append(question, ...INTENTIONS.map((value) => answer(value, message(ANSWER_WORDS[value]))), answer('skip', message('intentionSkip'), 'quiet'));
  return host;
}
