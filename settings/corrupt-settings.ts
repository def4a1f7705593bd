/**
 * Which stored settings could not be read as they are, so the settings page can say so. Every
 * setting already falls back to its default when its stored value is corrupt (each module's
 * `clean…`); this only notices that it happened. A value is sound when cleaning keeps all of it:
 * every entry of a record, every item of a list, or the whole of a single value.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../text/i18n';
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
  /** How the settings page names it, in public/_locales. */
  nameKey: MessageKey;
  /** The id of the settings page section it lives in. */
  section: string;
  shape: Shape;
  clean(value: unknown): unknown;
}

const isBoolean = (fallback: boolean) => (value: unknown) => (typeof value === 'boolean' ? value : fallback);

export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: 'goals', nameKey: 'settingsNameGoals', section: 'goals', shape: 'record', clean: cleanGoals },
  { key: 'labelModes', nameKey: 'settingsNameLabelModes', section: 'labels', shape: 'record', clean: cleanLabelModes },
  { key: 'sensitivity', nameKey: 'settingsNameSensitivity', section: 'labels', shape: 'record', clean: cleanSensitivity },
  { key: 'disabledSites', nameKey: 'settingsNameDisabledSites', section: 'sites', shape: 'list', clean: cleanDisabledSites },
  { key: 'mastodonInstances', nameKey: 'settingsNameMastodon', section: 'sites', shape: 'list', clean: cleanInstances },
  { key: 'siteActivities', nameKey: 'settingsNameSiteActivities', section: 'time', shape: 'record', clean: cleanSiteActivities },
  { key: 'idleSeconds', nameKey: 'settingsNameIdle', section: 'time', shape: 'value', clean: cleanIdleSeconds },
  { key: 'typingEverywhere', nameKey: 'settingsNameTyping', section: 'time', shape: 'value', clean: isBoolean(false) },
  { key: 'switchedOffNudges', nameKey: 'settingsNameNudges', section: 'nudges', shape: 'list', clean: cleanSwitchedOff },
  { key: 'keepSnippets', nameKey: 'settingsNameKeepSnippets', section: 'time', shape: 'value', clean: isBoolean(true) },
  { key: 'retentionDays', nameKey: 'settingsNameRetention', section: 'time', shape: 'value', clean: cleanRetentionDays },
  { key: 'weeklyReminder', nameKey: 'settingsNameReminder', section: 'notifications', shape: 'value', clean: cleanWeeklyReminder },
  { key: 'goalAlerts', nameKey: 'settingsNameGoalAlerts', section: 'notifications', shape: 'value', clean: isBoolean(false) },
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
