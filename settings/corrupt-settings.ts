/**
 * Which stored settings could not be read as they are, so the settings page can say so. Every
 * setting already falls back to its default when its stored value is corrupt (its `check`); this
 * only notices that it happened, for the settings that declare where the page names them
 * (`page`, settings/index.ts). A value is sound when checking keeps all of it: every entry of a
 * record, every item of a list, or the whole of a single value.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../text/i18n';
import type { SettingShape } from './define-setting';
import { SETTINGS } from '.';

export interface SettingSpec {
  /** The storage.local key (WXT's `local:` items). */
  key: string;
  /** How the settings page names it, in public/_locales. */
  nameKey: MessageKey;
  /** The id of the settings page section it lives in. */
  section: string;
  shape: SettingShape;
  clean(value: unknown): unknown;
}

export const SETTING_SPECS: readonly SettingSpec[] = SETTINGS.flatMap(({ key, page, check }) =>
  page ? [{ key, nameKey: page.name, section: page.section, shape: page.shape, clean: check }] : [],
);

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
