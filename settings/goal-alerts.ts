/**
 * "Tell me when I pass a goal" as a browser notification: today's screen-time goal and each
 * site's daily limit, at most once per goal a day. Off by default; needs the optional
 * `notifications` permission, asked for at the moment it is turned on (shared with the weekly
 * reminder, so it is given back only when neither uses it).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isNudgeRule, type NudgeRule } from '../nudges/rules';
import { readWeeklyReminder, REMINDER_PERMISSIONS } from './weekly-reminder';

export const goalAlertsItem = storage.defineItem<boolean>('local:goalAlerts', { fallback: false, version: 1 });

export const cleanGoalAlerts = (value: unknown): boolean => (typeof value === 'boolean' ? value : false);

export async function readGoalAlerts(): Promise<boolean> {
  return cleanGoalAlerts(await goalAlertsItem.getValue());
}

export async function setGoalAlerts(isOn: boolean): Promise<void> {
  await goalAlertsItem.setValue(isOn);
}

/** Which goals were alerted on which local day (a day key, activity/local-day.ts). */
export interface GoalAlertsShown {
  day: string;
  rules: NudgeRule[];
}

export const goalAlertsShownItem = storage.defineItem<GoalAlertsShown | null>('local:goalAlertsShown', { fallback: null });

/** The goals already alerted on `day`; none when the record is of another day or unreadable. */
export async function readAlertedOn(day: string): Promise<NudgeRule[]> {
  const shown: unknown = await goalAlertsShownItem.getValue();
  if (typeof shown !== 'object' || shown === null) return [];
  const { day: shownDay, rules } = shown as Partial<GoalAlertsShown>;
  return shownDay === day && Array.isArray(rules) ? rules.filter(isNudgeRule) : [];
}

export async function recordAlertedOn(day: string, rules: readonly NudgeRule[]): Promise<void> {
  await goalAlertsShownItem.setValue({ day, rules: [...rules] });
}

/**
 * Gives the notifications permission back, unless the weekly reminder or goal alerts still use
 * it. True when it was given back.
 */
export async function releaseNotificationsIfUnused(): Promise<boolean> {
  const [reminder, alerts] = await Promise.all([readWeeklyReminder(), readGoalAlerts()]);
  if (reminder.isOn || alerts) return false;
  await browser.permissions.remove(REMINDER_PERMISSIONS);
  return true;
}
