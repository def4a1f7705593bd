/**
 * "Your week is ready" as a browser notification: off by default, on a weekday and local time the
 * person picks (Sunday 18:00 unless changed). Needs the optional `notifications` permission, asked
 * for at the moment it is turned on.
 */
import { defineSetting } from './define-setting';
import { NOTIFICATIONS_PERMISSION } from './notifications-permission';

export interface WeeklyReminder {
  isOn: boolean;
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
  hour: number;
  minute: number;
}

export const DEFAULT_WEEKLY_REMINDER: WeeklyReminder = { isOn: false, weekday: 0, hour: 18, minute: 0 };

export const REMINDER_PERMISSIONS = NOTIFICATIONS_PERMISSION;

const isIntIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A whole stored reminder, or the default (off) when any part of it is corrupt. */
export function cleanWeeklyReminder(value: unknown): WeeklyReminder {
  if (typeof value !== 'object' || value === null) return DEFAULT_WEEKLY_REMINDER;
  const v = value as Record<string, unknown>;
  const isSound =
    typeof v.isOn === 'boolean' && isIntIn(v.weekday, 0, 6) && isIntIn(v.hour, 0, 23) && isIntIn(v.minute, 0, 59);
  return isSound ? { isOn: v.isOn as boolean, weekday: v.weekday as number, hour: v.hour as number, minute: v.minute as number } : DEFAULT_WEEKLY_REMINDER;
}

export const weeklyReminder = defineSetting({
  key: 'weeklyReminder',
  fallback: DEFAULT_WEEKLY_REMINDER,
  check: cleanWeeklyReminder,
  words: { label: 'reminderToggle' },
  page: { name: 'settingsNameReminder', section: 'notifications', shape: 'value' },
  permission: {
    permissions: NOTIFICATIONS_PERMISSION,
    says: { on: 'reminderOn', refused: 'reminderNotAllowed', off: 'reminderOff', offKept: 'reminderOffAlertsKeep' },
    isOn: (reminder) => reminder.isOn,
    turn: async (isOn) => void (await setWeeklyReminder({ isOn })),
  },
});
export const { item: weeklyReminderItem, read: readWeeklyReminder } = weeklyReminder;

export async function setWeeklyReminder(change: Partial<WeeklyReminder>): Promise<WeeklyReminder> {
  const next = { ...(await readWeeklyReminder()), ...change };
  if (JSON.stringify(cleanWeeklyReminder(next)) !== JSON.stringify(next)) {
    throw new RangeError('A reminder needs a weekday 0–6, an hour 0–23 and a minute 0–59');
  }
  await weeklyReminder.write(next);
  return next;
}
