import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { nextWeeklyTime } from '../background/reminder-schedule';
import { readWeeklyReminder, REMINDER_PERMISSIONS, setWeeklyReminder, weeklyReminderItem } from '../settings/weekly-reminder';
import { useSetting } from './use-setting';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Remind me when my week is ready": asks for the notifications permission at the moment it is
 * turned on (the request must come straight from the click) and gives it back when turned off.
 */
export function WeeklyReminderSettings() {
  const reminder = useSetting(readWeeklyReminder, weeklyReminderItem);
  const [message, setMessage] = useState('');
  if (!reminder) return null;

  const turn = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(REMINDER_PERMISSIONS).then(async (isGranted) => {
        await setWeeklyReminder({ isOn: isGranted });
        setMessage(isGranted ? 'Reminder on.' : 'Not turned on: the browser did not allow notifications.');
      });
    } else {
      void setWeeklyReminder({ isOn: false })
        .then(() => browser.permissions.remove(REMINDER_PERMISSIONS))
        .then(() => setMessage('Reminder off, and the notifications permission given back.'));
    }
  };
  const setTime = (value: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(value);
    if (!match) return setMessage('Choose a time such as 18:00.');
    void setWeeklyReminder({ hour: Number(match[1]), minute: Number(match[2]) }).then(() => setMessage('Saved.'));
  };
  const next = new Date(nextWeeklyTime(Date.now(), reminder));
  const nextText = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(next);

  return (
    <div class="reminder">
      <label class="check-line">
        <input type="checkbox" checked={reminder.isOn} onChange={(event) => turn(event.currentTarget.checked)} />
        Remind me when my weekly summary is ready
      </label>
      <div class="inline-form">
        <label for="reminder-day">On</label>
        <select id="reminder-day" value={reminder.weekday} onChange={(event) => void setWeeklyReminder({ weekday: Number(event.currentTarget.value) })}>
          {WEEKDAYS.map((name, day) => <option key={day} value={day}>{name}</option>)}
        </select>
        <label for="reminder-time">at</label>
        <input id="reminder-time" type="time" value={`${pad(reminder.hour)}:${pad(reminder.minute)}`} onChange={(event) => setTime(event.currentTarget.value)} />
      </div>
      <p class="muted">
        {reminder.isOn ? `Next reminder: ${nextText}.` : 'Off. Turning it on asks the browser to let Realign show notifications, and nothing else.'}
      </p>
      <p class="muted form-status" role="status" aria-live="polite">{message}</p>
    </div>
  );
}
