/**
 * Goal alerts: after the background reads the day's figures again (today-snapshot.ts), a browser
 * notification for each goal passed since the last read, if the person turned alerts on.
 *
 *   figures read ─▶ on? permitted? ─▶ goalAlertsDue (screen time, site limits; not switched off,
 *   not yet today) ─▶ notification, its nudge's own words ─▶ recorded for the day
 */
import { browser } from 'wxt/browser';
import { dayKeyOf } from '../activity/local-day';
import { message } from '../text/i18n';
import { goalAlertsDue } from '../nudges/goal-alerts';
import { nudgeContextOf } from '../review/load-daily-review';
import type { ReviewData } from '../review/review-data';
import { readAlertedOn, readGoalAlerts, recordAlertedOn, setGoalAlerts } from '../settings/goal-alerts';
import { readGoals } from '../settings/goals';
import { readSwitchedOffNudges } from '../settings/nudge-prefs';
import { readSiteLimits } from '../settings/site-limits';
import { REMINDER_PERMISSIONS } from '../settings/weekly-reminder';

export const GOAL_ALERT_PREFIX = 'realign-goal-';

export async function alertPassedGoals(data: ReviewData, now: number): Promise<void> {
  if (!(await readGoalAlerts())) return;
  if (!(await browser.permissions.contains(REMINDER_PERMISSIONS))) {
    // Taken back in the browser's own settings: the settings page shows alerts as off.
    await setGoalAlerts(false);
    return;
  }
  const day = dayKeyOf(now);
  const [goals, siteLimits, switchedOff, alerted] = await Promise.all([
    readGoals(),
    readSiteLimits(),
    readSwitchedOffNudges(),
    readAlertedOn(day),
  ]);
  const due = goalAlertsDue(nudgeContextOf(data, now, { goals, siteLimits }), switchedOff, alerted);
  if (due.length === 0) return;
  // Recorded first: a notification that fails is not worth a second try, a repeated one would nag.
  await recordAlertedOn(day, [...alerted, ...due.map((nudge) => nudge.rule)]);
  for (const nudge of due) {
    await browser.notifications.create(`${GOAL_ALERT_PREFIX}${nudge.rule}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: message('goalAlertTitle'),
      message: nudge.text,
    });
  }
}
