/**
 * Every nudge rule, in order of what matters most: the only place that names them all. The
 * popup's chooser, the goal alerts, the settings toggles, the switched-off list's check and the
 * rule names on the weekly page and in the exports all read this list. A new rule is a file
 * beside this one (defineNudgeRule), its line here, its test and its words in _locales.
 */
import type { NudgeRuleDefinition } from '../nudge';
import { consumeCreate } from './consume-create';
import { lateNight } from './late-night';
import { manipulationRun } from './manipulation-run';
import { screenTime } from './screen-time';
import { siteLimit } from './site-limit';
import { takeABreak } from './take-a-break';

export const NUDGE_RULES = [manipulationRun, takeABreak, siteLimit, consumeCreate, lateNight, screenTime] as const;

export type NudgeRule = (typeof NUDGE_RULES)[number]['id'];

export const NUDGE_RULE_IDS: readonly NudgeRule[] = NUDGE_RULES.map((rule) => rule.id);

export function isNudgeRule(value: unknown): value is NudgeRule {
  return typeof value === 'string' && (NUDGE_RULE_IDS as readonly string[]).includes(value);
}

/** The rule of that id; undefined for an id no rule has (an old one in the history, a pause card). */
export function findNudgeRule(id: string): NudgeRuleDefinition<NudgeRule> | undefined {
  return NUDGE_RULES.find((rule) => rule.id === id);
}
