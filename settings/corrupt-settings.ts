/**
 * Which stored settings could not be read as they are, so the settings page can say so. Every
 * setting already falls back to its default when its stored value is corrupt (each module's
 * `clean…`); this only notices that it happened. A value is sound when cleaning keeps all of it:
 * every entry of a record, every item of a list, or the whole of a single value.
 */
import { browser } from 'wxt/browser';
import { cleanGoals } from './goals';
import { cleanIdleSeconds } from './idle-interval';
import { cleanLabelModes } from './label-modes';
import { cleanInstances } from './mastodon-instances';
import { cleanSwitchedOff } from './nudge-prefs';
import { cleanRetentionDays } from './retention-days';
import { cleanSensitivity } from './sensitivity';
import { cleanSiteActivities } from './site-activities';
import { cleanDisabledSites } from './sites-enabled';
import { cleanWeeklyReminder } from './weekly-reminder';

type Shape = 'record' | 'list' | 'value';

export interface SettingSpec {
  /** The storage.local key (WXT's `local:` items). */
  key: string;
  /** As the settings page names it. */
  name: string;
  /** The id of the settings page section it lives in. */
  section: string;
  shape: Shape;
  clean(value: unknown): unknown;
}

const isBoolean = (fallback: boolean) => (value: unknown) => (typeof value === 'boolean' ? value : fallback);

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'goals', name: 'Goals', section: 'goals', shape: 'record', clean: cleanGoals },
  { key: 'labelModes', name: 'How each category is shown', section: 'labels', shape: 'record', clean: cleanLabelModes },
  { key: 'sensitivity', name: 'Sensitivity', section: 'labels', shape: 'record', clean: cleanSensitivity },
  { key: 'disabledSites', name: 'Sites Realign reads', section: 'sites', shape: 'list', clean: cleanDisabledSites },
  { key: 'mastodonInstances', name: 'Other Mastodon instances', section: 'sites', shape: 'list', clean: cleanInstances },
  { key: 'siteActivities', name: 'Sites you counted differently', section: 'time', shape: 'record', clean: cleanSiteActivities },
  { key: 'idleSeconds', name: 'Count me as away after', section: 'time', shape: 'value', clean: cleanIdleSeconds },
  { key: 'typingEverywhere', name: 'Count typing on any site', section: 'time', shape: 'value', clean: isBoolean(false) },
  { key: 'switchedOffNudges', name: 'Nudges', section: 'nudges', shape: 'list', clean: cleanSwitchedOff },
  { key: 'keepSnippets', name: 'Keep the first words of posts', section: 'time', shape: 'value', clean: isBoolean(true) },
  { key: 'retentionDays', name: 'Keep detailed history for', section: 'time', shape: 'value', clean: cleanRetentionDays },
  { key: 'weeklyReminder', name: 'Weekly reminder', section: 'notifications', shape: 'value', clean: cleanWeeklyReminder },
];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when nothing of the stored value is lost by cleaning it; a missing value is sound. */
export function isSoundValue(spec: SettingSpec, raw: unknown): boolean {
  if (raw === undefined) return true;
  const clean = spec.clean(raw);
  switch (spec.shape) {
    case 'record':
      return isPlainObject(raw) && isPlainObject(clean) && Object.entries(raw).every(([k, v]) => Object.hasOwn(clean, k) && clean[k] === v);
    case 'list':
      return Array.isArray(raw) && Array.isArray(clean) && clean.length === raw.length;
    case 'value':
      return JSON.stringify(clean) === JSON.stringify(raw);
  }
}

/** The settings whose stored values were corrupt, given everything in storage.local. */
export function findCorruptSettings(stored: Record<string, unknown>): SettingSpec[] {
  return SETTING_SPECS.filter((spec) => !isSoundValue(spec, stored[spec.key]));
}

export async function readCorruptSettings(): Promise<SettingSpec[]> {
  return findCorruptSettings(await browser.storage.local.get(SETTING_SPECS.map((spec) => spec.key)));
}
