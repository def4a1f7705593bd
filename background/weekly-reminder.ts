/**
 * The weekly "your summary is ready" notification: one alarm at the next chosen local weekday and
 * time, a notification when it fires, report.html when that is clicked.
 *
 *   setting changed / permission added or removed / worker start ─▶ sync ─▶ alarm set | cleared
 *   alarm ─▶ notification ─▶ sync (next week)      click ─▶ report.html
 */
import { browser, type Browser } from 'wxt/browser';
import { message } from '../text/i18n';
import { readWeeklyReminder, REMINDER_PERMISSIONS, setWeeklyReminder, weeklyReminderItem } from '../settings/weekly-reminder';
import { GOAL_ALERT_PREFIX } from './goal-alerts';
import { nextWeeklyTime } from '../activity/reminder-schedule';

export const REMINDER_ALARM = 'realign-weekly-reminder';
export const REMINDER_NOTIFICATION = 'realign-weekly-summary';

export async function syncWeeklyReminder(now = Date.now()): Promise<void> {
  const reminder = await readWeeklyReminder();
  const isPermitted = await browser.permissions.contains(REMINDER_PERMISSIONS);
  if (reminder.isOn && !isPermitted) {
    // Taken back in the browser's own settings: the setting shows it (and this runs again, off).
    await setWeeklyReminder({ isOn: false });
    return;
  }
  if (!reminder.isOn) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const when = nextWeeklyTime(now, reminder);
  const existing = await browser.alarms.get(REMINDER_ALARM);
  // An alarm already due (missed while the computer slept) fires on its own in a moment.
  if (existing && (existing.scheduledTime === when || existing.scheduledTime <= now)) return;
  await browser.alarms.create(REMINDER_ALARM, { when });
}

async function showReminder(): Promise<void> {
  const reminder = await readWeeklyReminder();
  if (reminder.isOn && (await browser.permissions.contains(REMINDER_PERMISSIONS))) {
    await browser.notifications.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: message('reminderNotificationTitle'),
      message: message('reminderNotificationMessage'),
    });
  }
  await syncWeeklyReminder(Date.now() + 1_000);
}

/** The weekly reminder opens the summary; a goal alert (goal-alerts.ts) has said all it had to. */
const onNotificationClicked = (id: string) => {
  if (id === REMINDER_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
  else if (!id.startsWith(GOAL_ALERT_PREFIX)) return;
  void browser.notifications.clear(id);
};

/** The notifications API exists only once its optional permission is granted. */
let isListeningToClicks = false;
function listenToClicks(): void {
  if (isListeningToClicks || !browser.notifications?.onClicked) return;
  browser.notifications.onClicked.addListener(onNotificationClicked);
  isListeningToClicks = true;
}

/** Registered synchronously at worker start, like every listener. */
export function watchWeeklyReminder(): void {
  const sync = () => void syncWeeklyReminder().catch((error: unknown) => console.warn('Realign: weekly reminder:', error));
  listenToClicks();
  browser.alarms.onAlarm.addListener((alarm: Browser.alarms.Alarm) => {
    if (alarm.name === REMINDER_ALARM) void showReminder().catch((error: unknown) => console.warn('Realign: weekly reminder:', error));
  });
  browser.permissions.onAdded.addListener(() => {
    listenToClicks();
    sync();
  });
  browser.permissions.onRemoved.addListener(sync);
  weeklyReminderItem.watch(sync);
  sync();
}
