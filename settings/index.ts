/**
 * Every setting the person makes, each declared in its own file (defineSetting): the only place
 * that names them all. The settings page's note on values it could not read (corrupt-settings.ts)
 * and the giving back of a permission no setting still uses (permission-release.ts) read this
 * list. A new setting is a file beside this one, its line here and its test.
 *
 * The order is the order the settings page names unreadable settings in.
 */
import type { Setting } from './define-setting';
import { goalAlerts } from './goal-alerts';
import { goals } from './goals';
import { idleSeconds } from './idle-interval';
import { intentionCheck } from './intention-check';
import { keepSnippets } from './keep-snippets';
import { labelModes } from './label-modes';
import { labelsPausedUntil } from './labels-paused';
import { mastodonInstances } from './mastodon-instances';
import { switchedOffNudges } from './nudge-prefs';
import { pausePrefs } from './pause-cards';
import { retentionDays } from './retention-days';
import { sensitivity } from './sensitivity';
import { siteActivities } from './site-activities';
import { siteLimits } from './site-limits';
import { disabledSites } from './sites-enabled';
import { typingEverywhere } from './typing-everywhere';
import { weeklyReminder } from './weekly-reminder';

/** Any setting, whatever its value: the list reads only what they share. */
export type AnySetting = Setting<unknown, unknown>;

export const SETTINGS: readonly AnySetting[] = [
  goals,
  labelModes,
  sensitivity,
  disabledSites,
  mastodonInstances,
  siteActivities,
  idleSeconds,
  typingEverywhere,
  switchedOffNudges,
  keepSnippets,
  retentionDays,
  weeklyReminder,
  goalAlerts,
  siteLimits,
  pausePrefs,
  intentionCheck,
  labelsPausedUntil,
];
