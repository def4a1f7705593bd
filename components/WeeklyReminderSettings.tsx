import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { nextWeeklyTime } from '../background/reminder-schedule';
import { releaseNotificationsIfUnused } from '../settings/goal-alerts';
import { readWeeklyReminder, REMINDER_PERMISSIONS, setWeeklyReminder, weeklyReminderItem } from '../settings/weekly-reminder';
import { message } from '../text/i18n';
import { showingStored } from './stored-checkbox';
import { once } from '../text/once';
import { useSetting } from './use-setting';

/** Sunday … Saturday (Date#getDay order) in the person's language: 1 January 2023 was a Sunday. */
const weekdays = once(() => {
  const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
  return Array.from({ length: 7 }, (_, day) => weekdayName.format(new Date(2023, 0, 1 + day)));
});
const exampleTime = once(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2023, 0, 1, 18, 0)));
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Remind me when my week is ready": asks for the notifications permission at the moment it is
 * turned on (the request must come straight from the click) and gives it back when turned off,
 * unless the goal alerts still use it.
 */
export function WeeklyReminderSettings() {
  const reminder = useSetting(readWeeklyReminder, weeklyReminderItem);
  const [status, setStatus] = useState('');
  if (!reminder) return null;

  const turn = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(REMINDER_PERMISSIONS).then(async (isGranted) => {
        await setWeeklyReminder({ isOn: isGranted });
        setStatus(message(isGranted ? 'reminderOn' : 'reminderNotAllowed'));
      });
    } else {
      void setWeeklyReminder({ isOn: false })
        .then(releaseNotificationsIfUnused)
        .then((isGivenBack) => setStatus(message(isGivenBack ? 'reminderOff' : 'reminderOffAlertsKeep')));
    }
  };
  const setTime = (value: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(value);
    if (!match) return setStatus(message('reminderChooseTime', [exampleTime()]));
    void setWeeklyReminder({ hour: Number(match[1]), minute: Number(match[2]) }).then(() => setStatus(message('settingsSaved')));
  };
  const next = new Date(nextWeeklyTime(Date.now(), reminder));
  const nextText = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(next);

  return (
    <div class="reminder">
      <label class="check-line">
        <input type="checkbox" checked={reminder.isOn} onChange={showingStored(reminder.isOn, turn)} />
        {message('reminderToggle')}
      </label>
      <div class="inline-form">
        <label for="reminder-day">{message('reminderDayLabel')}</label>
        <select id="reminder-day" value={reminder.weekday} onChange={(event) => void setWeeklyReminder({ weekday: Number(event.currentTarget.value) })}>
          {weekdays().map((name, day) => <option key={day} value={day}>{name}</option>)}
        </select>
        <label for="reminder-time">{message('reminderTimeLabel')}</label>
        <input id="reminder-time" type="time" value={`${pad(reminder.hour)}:${pad(reminder.minute)}`} onChange={(event) => setTime(event.currentTarget.value)} />
      </div>
      <p class="muted">{reminder.isOn ? message('reminderNext', [nextText]) : message('reminderOffHelp')}</p>
      <p class="muted form-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
