import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startActivityTracker } from '../background/activity-tracker';
import { watchFirstRun } from '../background/first-run';
import { alertPassedGoals } from '../background/goal-alerts';
import { routeMessage } from '../background/message-router';
import { watchMastodonScript } from '../background/mastodon-scripts';
import { keepTodaySnapshot } from '../background/today-snapshot';
import { watchTypingScript } from '../background/typing-script';
import { watchWeeklyReminder } from '../background/weekly-reminder';
import { openDb } from '../storage/db';
import { connectBrowserMessages } from '../text/i18n';

export default defineBackground(() => {
  connectBrowserMessages(browser.i18n); // notifications and reminders are worded here
  const db = openDb();
  // Registered synchronously at the top level, so a service worker woken by a message hears it.
  browser.runtime.onMessage.addListener((raw, sender) => routeMessage(db, raw, sender, browser.runtime.id));
  // Tabs, windows, idle and alarms: also registered synchronously, on every worker start.
  startActivityTracker(db);
  keepTodaySnapshot(db, alertPassedGoals);
  watchFirstRun();
  watchTypingScript();
  watchMastodonScript();
  watchWeeklyReminder();
});
