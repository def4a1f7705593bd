/**
 * "Tell me when I pass a goal" as a browser notification: today's screen-time goal and each
 * site's daily limit, at most once per goal a day. Off by default; needs the optional
 * `notifications` permission, asked for at the moment it is turned on (shared with the weekly
 * reminder, so it is given back only when neither uses it).
 */
import { storage } from 'wxt/utils/storage';
import { isNudgeRule, type NudgeRule } from '../nudges/rules';
import { defineSetting, isBooleanOr } from './define-setting';
import { NOTIFICATIONS_PERMISSION } from './notifications-permission';

export const goalAlerts = defineSetting({
  key: 'goalAlerts',
  fallback: false,
  check: isBooleanOr(false),
  words: { label: 'goalAlertsToggle', help: 'goalAlertsHelp' },
  page: { name: 'settingsNameGoalAlerts', section: 'notifications', shape: 'value' },
  permission: {
    permissions: NOTIFICATIONS_PERMISSION,
    says: { on: 'goalAlertsOn', refused: 'reminderNotAllowed', off: 'goalAlertsOff', offKept: 'goalAlertsOffReminderKeeps' },
  },
});
export const { read: readGoalAlerts, write: setGoalAlerts } = goalAlerts;

/** Which goals were alerted on which local day (a day key, activity/local-day.ts). */
export interface GoalAlertsShown {
  day: string;
  rules: NudgeRule[];
}

/** The background's own record, not a setting the person makes. */
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
