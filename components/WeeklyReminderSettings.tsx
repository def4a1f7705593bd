import { nextWeeklyTime } from '../activity/reminder-schedule';
import { setWeeklyReminder, weeklyReminder } from '../settings/weekly-reminder';
import { message } from '../text/i18n';
import { once } from '../text/once';
import { PermissionToggle } from './PermissionToggle';

/** Sunday … Saturday (Date#getDay order) in the person's language: 1 January 2023 was a Sunday. */
const weekdays = once(() => {
  const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
  return Array.from({ length: 7 }, (_, day) => weekdayName.format(new Date(2023, 0, 1 + day)));
});
const exampleTime = once(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(2023, 0, 1, 18, 0)));
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Remind me when my week is ready": the permission toggle (asking for notifications when turned
 * on, giving them back when off unless the goal alerts still use them), then the day and time.
 */
export function WeeklyReminderSettings() {
  return (
    <PermissionToggle setting={weeklyReminder} class="reminder">
      {(reminder, say) => {
        const setTime = (value: string) => {
          const match = /^(\d{2}):(\d{2})$/.exec(value);
          if (!match) return say(message('reminderChooseTime', [exampleTime()]));
          void setWeeklyReminder({ hour: Number(match[1]), minute: Number(match[2]) }).then(() => say(message('settingsSaved')));
        };
        const next = new Date(nextWeeklyTime(Date.now(), reminder));
        const nextText = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(next);
        return (
          <>
            <div class="inline-form">
              <label for="reminder-day">{message('reminderDayLabel')}</label>
              <select id="reminder-day" value={reminder.weekday} onChange={(event) => void setWeeklyReminder({ weekday: Number(event.currentTarget.value) })}>
                {/* biome-ignore lint/suspicious/noArrayIndexKey: the index is the weekday itself (Date#getDay), the option's value */}
                {weekdays().map((name, day) => <option key={day} value={day}>{name}</option>)}
              </select>
              <label for="reminder-time">{message('reminderTimeLabel')}</label>
              <input id="reminder-time" type="time" value={`${pad(reminder.hour)}:${pad(reminder.minute)}`} onChange={(event) => setTime(event.currentTarget.value)} />
            </div>
            <p class="muted">{reminder.isOn ? message('reminderNext', [nextText]) : message('reminderOffHelp')}</p>
          </>
        );
      }}
    </PermissionToggle>
  );
}
