/**
 * settings/index.ts is the one list of settings: every setting declared in settings/ is in it,
 * under the storage key people's settings are stored under, reads its default in a fresh profile
 * and what it wrote itself back unchanged; those the settings page names have words and a shape;
 * those that need a permission have everything their toggle says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatEnglish } from '../text/i18n';
import { SETTING_SPECS } from './corrupt-settings';
import type { Setting } from './define-setting';
import { type AnySetting, SETTINGS } from '.';

const isSetting = (value: unknown): value is AnySetting =>
  typeof value === 'object' && value !== null && 'key' in value && 'read' in value && 'write' in value && 'item' in value;

/** Every setting exported by a file of settings/, found by importing them all. */
async function declaredSettings(): Promise<AnySetting[]> {
  const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  const modules = await Promise.all(
    files.map((name) => import(/* @vite-ignore */ join(import.meta.dirname, name)) as Promise<Record<string, unknown>>),
  );
  return [...new Set(modules.flatMap((module) => Object.values(module).filter(isSetting)))];
}

describe('the list of settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds every setting declared in settings/, each under its own storage key, as stored before defineSetting', async () => {
    expect(new Set(await declaredSettings())).toEqual(new Set(SETTINGS));
    expect(SETTINGS.map((setting) => setting.key).sort()).toEqual(
      [
        'disabledSites', 'goalAlerts', 'goals', 'idleSeconds', 'intentionCheck', 'keepSnippets', 'labelModes', 'labelsPausedUntil',
        'mastodonInstances', 'pauseCards', 'retentionDays', 'sensitivity', 'siteActivities', 'siteLimits', 'switchedOffNudges',
        'typingEverywhere', 'weeklyReminder',
      ].sort(),
    );
  });

  it('reads each default in a fresh profile, and reads back unchanged a value the setting wrote', async () => {
    for (const setting of SETTINGS) {
      const fresh = await setting.read();
      expect(fresh, setting.key).toEqual(setting.check(setting.fallback));
      expect(await fakeBrowser.storage.local.get(setting.key), setting.key).toEqual({});
      await setting.write(fresh);
      expect(await setting.read(), setting.key).toEqual(fresh);
    }
  });

  it('reads garbage as its default rather than failing', async () => {
    for (const setting of SETTINGS) {
      await fakeBrowser.storage.local.set({ [setting.key]: 'garbage' });
      expect(await setting.read(), setting.key).toEqual(setting.check(setting.fallback));
    }
  });

  it('gives the settings page a name and a shape for each setting it notes as unreadable', () => {
    expect(SETTING_SPECS.map((spec) => spec.key)).toEqual(SETTINGS.filter((setting) => setting.page).map((setting) => setting.key));
    for (const { key, page } of SETTINGS) if (page) expect(formatEnglish(page.name), key).not.toBe('');
  });

  it('gives every setting that needs a permission its label and all its toggle says', () => {
    const withPermission = SETTINGS.filter((setting) => setting.permission);
    expect(withPermission.map((setting) => setting.key).sort()).toEqual(['goalAlerts', 'typingEverywhere', 'weeklyReminder']);
    for (const { key, words, permission } of withPermission) {
      expect(words && formatEnglish(words.label), key).toBeTruthy();
      for (const said of Object.values(permission!.says)) expect(formatEnglish(said), `${key}: ${said}`).not.toBe('');
    }
  });

  it('turns a permission setting on and off through its declaration, the stored shape unchanged', async () => {
    const [reminder, alerts] = ['weeklyReminder', 'goalAlerts'].map((key) => SETTINGS.find((s) => s.key === key) as Setting<unknown, unknown>);
    await reminder!.permission!.turn(true);
    await alerts!.permission!.turn(true);
    expect(await fakeBrowser.storage.local.get(['weeklyReminder', 'goalAlerts'])).toEqual({
      weeklyReminder: { isOn: true, weekday: 0, hour: 18, minute: 0 },
      goalAlerts: true,
    });
    expect(reminder!.permission!.isOn(await reminder!.read())).toBe(true);
    await reminder!.permission!.turn(false);
    expect(reminder!.permission!.isOn(await reminder!.read())).toBe(false);
  });
});
