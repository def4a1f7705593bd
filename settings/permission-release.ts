/**
 * A permission is the person's to give back: when a setting that needed one is turned off, the
 * browser gets it back, unless another setting that asks for the same is still on (the weekly
 * reminder and the goal alerts share `notifications`).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { type AnySetting, SETTINGS } from '.';

const samePermissions = (a: Browser.permissions.Permissions, b: Browser.permissions.Permissions) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Gives back the setting's permission unless a setting still on uses it. True when it was given back. */
export async function releasePermissionIfUnused(setting: AnySetting): Promise<boolean> {
  const { permission } = setting;
  if (!permission) return false;
  const sharing = SETTINGS.flatMap((other) =>
    other.permission && samePermissions(other.permission.permissions, permission.permissions) ? [{ other, ...other.permission }] : [],
  );
  const isStillUsed = await Promise.all(sharing.map(async ({ other, isOn }) => isOn(await other.read())));
  if (isStillUsed.some(Boolean)) return false;
  await browser.permissions.remove(permission.permissions);
  return true;
}
