/**
 * What the pause card says, from the background's figures: "25 min on X. 7 of the last 10 posts
 * were built to provoke: outrage 5, fear 2." Every word from _locales.
 */
import { formatCount } from '../text/format';
import { formatMinutes } from '../text/format-minutes';
import { message, messagePlural, type MessageKey } from '../text/i18n';
import type { PauseCard } from '../pause/decide-card';
import { PROVOKING, type Provoking } from '../pause/provocation-run';

const KIND_KEYS: Record<Provoking, MessageKey> = { outrage: 'pauseCardKindOutrage', fear: 'pauseCardKindFear', scam: 'pauseCardKindScam' };

/** A stretch under a minute says nothing worth reading next to a run of posts. */
const STRETCH_WORTH_SAYING_MS = 60_000;

export function pauseCardFacts(card: PauseCard, siteName: string): string {
  const sentences: string[] = [];
  if (card.stretchMs >= STRETCH_WORTH_SAYING_MS) sentences.push(message('pauseCardStretch', [formatMinutes(card.stretchMs), siteName]));
  if (card.run) {
    const counts = card.run.counts;
    const kinds = PROVOKING.filter((kind) => (counts[kind] ?? 0) > 0)
      .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))
      .map((kind) => message(KIND_KEYS[kind], [formatCount(counts[kind] ?? 0)]));
    const list = kinds.reduce((joined, next) => message('pauseCardKindList', [joined, next]));
    sentences.push(messagePlural('pauseCardRun', card.run.flagged, [formatCount(card.run.flagged), formatCount(card.run.window), list]));
  }
  return sentences.join(' ');
}

/** "1:45": the two-minute pause's clock. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1_000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
