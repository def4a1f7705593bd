/**
 * How a nudge in the history is named to the person (the weekly page, the Markdown export, the
 * settings): a rule by the name it declares (rules/index.ts), a pause card in the feed
 * (background/pause-cards.ts keeps it in the nudge history as `pause-<trigger>`) by its trigger's
 * name. Looked up when shown; an id nobody declares (a rule since removed) shows as stored.
 */
import type { PauseTrigger } from '../pause/decide-card';
import { message, type MessageKey } from '../text/i18n';
import { findNudgeRule } from './rules';

const PAUSE_CARD_NAMES: Readonly<Record<PauseTrigger, MessageKey>> = {
  stretch: 'nudgeRuleNamePauseStretch',
  provocation: 'nudgeRuleNamePauseProvocation',
};

export function nameNudgeRule(id: string): string {
  const rule = findNudgeRule(id);
  if (rule) return message(rule.name);
  const trigger = id.startsWith('pause-') ? id.slice('pause-'.length) : '';
  return Object.hasOwn(PAUSE_CARD_NAMES, trigger) ? message(PAUSE_CARD_NAMES[trigger as PauseTrigger]) : id;
}
