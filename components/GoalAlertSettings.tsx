import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { goalAlertsItem, readGoalAlerts, releaseNotificationsIfUnused, setGoalAlerts } from '../settings/goal-alerts';
import { REMINDER_PERMISSIONS } from '../settings/weekly-reminder';
import { message } from '../text/i18n';
import { showingStored } from './stored-checkbox';
import { useSetting } from './use-setting';

/**
 * "Tell me when I pass a goal": off by default. Turning it on asks for the notifications
 * permission straight from the click; turning it off gives it back unless the weekly reminder
 * still uses it.
 */
export function GoalAlertSettings() {
  const isOn = useSetting(readGoalAlerts, goalAlertsItem);
  const [status, setStatus] = useState('');
  if (isOn === null) return null;

  const turn = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(REMINDER_PERMISSIONS).then(async (isGranted) => {
        await setGoalAlerts(isGranted);
        setStatus(message(isGranted ? 'goalAlertsOn' : 'reminderNotAllowed'));
      });
    } else {
      void setGoalAlerts(false)
        .then(releaseNotificationsIfUnused)
        .then((isGivenBack) => setStatus(message(isGivenBack ? 'goalAlertsOff' : 'goalAlertsOffReminderKeeps')));
    }
  };

  return (
    <div class="goal-alerts">
      <label class="check-line">
        <input type="checkbox" checked={isOn} onChange={showingStored(isOn, turn)} />
        {message('goalAlertsToggle')}
      </label>
      <p class="muted">{message('goalAlertsHelp')}</p>
      <p class="muted form-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
