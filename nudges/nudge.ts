/**
 * What a nudge is, what a rule declares, and everything the rules may look at. Plain data: no
 * storage, no browser. The rules themselves, and the one list of them, are in rules/.
 */
import type { Category } from '../model/categories';
import type { Goals } from './goals';
import type { MessageKey } from '../text/i18n';
import type { NudgeRule } from './rules';

export type { NudgeRule } from './rules';

/** What a rule says when it applies, in the person's terms. */
export interface NudgeWords {
  /** The suggestion. */
  text: string;
  /** Why it appeared: the figure and the goal behind it. */
  reason: string;
}

export interface Nudge extends NudgeWords {
  rule: NudgeRule;
}

export interface NudgeContext {
  now: number;
  goals: Goals;
  consumeMs: number;
  /** Created in the browser plus made offline, today. */
  createMs: number;
  screenMs: number;
  /** Labels of the last posts seen, newest first (at most 10). */
  recentLabels: Category[][];
  /** Time at the screen up to now without a break of five minutes or more. */
  unbrokenMs: number;
  /** Today's time per site (host → ms), and the daily limits the person set (host → minutes). */
  siteMs: Record<string, number>;
  siteLimits: Record<string, number>;
}

/**
 * Everything about one kind of nudge, declared in its own file (rules/*.ts) and listed once in
 * rules/index.ts; the settings toggles, the prefs' check, the weekly page and the exports read it
 * from there. Words are message keys, looked up when shown (public/_locales).
 */
export interface NudgeRuleDefinition<Id extends string = string> {
  /** Stored in the nudge history and the switched-off list: never rename one. */
  id: Id;
  /** Its name: the settings toggle, the weekly page, the exports. */
  name: MessageKey;
  /** When it appears, under its name in the settings. */
  about: MessageKey;
  /**
   * A goal the person set, so passing it may also be a notification (settings/goal-alerts.ts);
   * alerts go out in this order, lowest first.
   */
  goalAlertOrder?: number;
  evaluate(context: NudgeContext): NudgeWords | null;
}

/** Keeps the rule's id as its literal type, so the list can name the ids. */
export function defineNudgeRule<const Id extends string>(rule: NudgeRuleDefinition<Id>): NudgeRuleDefinition<Id> {
  return rule;
}
