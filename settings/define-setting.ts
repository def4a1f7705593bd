/**
 * A setting, declared once: the storage.local key it lives under, what it is until the person
 * changes it, how a stored value is checked, how the settings page words it and, for one that
 * needs the browser's permission, what it asks for and what its toggle says. Reading, writing and
 * watching come from here; a file's own setters (setGoal, setSiteLimit…) check a change and write
 * through it. Every setting is listed once, in settings/index.ts.
 *
 *   storage.local[key] ─▶ check ─▶ read()          write(stored) ─▶ storage.local[key]
 *                                  watch(callback) ◀── any change, from any page or the background
 */
import type { Browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { MessageKey } from '../text/i18n';

/** How much of a stored value must survive its check to count as sound (corrupt-settings.ts). */
export type SettingShape = 'record' | 'list' | 'value';

/** What a permission toggle says after each turn (components/PermissionToggle.tsx). */
export interface PermissionWords {
  /** Turned on, the browser allowed it. */
  on: MessageKey;
  /** The browser's prompt was refused (or closed). */
  refused: MessageKey;
  /** Turned off, and the permission given back. */
  off: MessageKey;
  /** Turned off while another setting still uses the same permission, which stays. */
  offKept?: MessageKey;
}

export interface SettingPermission<Value> {
  /** Asked for from the click that turns it on; given back when it is off and no other setting uses it. */
  permissions: Browser.permissions.Permissions;
  says: PermissionWords;
  /** Whether the setting is on, from its checked value; a boolean setting is its value. */
  isOn(value: Value): boolean;
  /** Stores it as on or off; a boolean setting stores the boolean. */
  turn(isOn: boolean): Promise<void>;
}

export interface SettingDeclaration<Value, Stored> {
  /** The storage.local key (WXT's `local:` item). Never rename one: people's settings are stored under it. */
  key: string;
  /** What storage gives until something is stored (WXT's fallback). */
  fallback: Stored;
  /** The stored value as the code uses it: what is sound kept, anything else its default. */
  check(stored: unknown): Value;
  /** How the settings page asks for it, where it is one control. */
  words?: { label: MessageKey; help?: MessageKey };
  /**
   * Its name and section on the settings page, which says so there when its stored value could
   * not be read (corrupt-settings.ts), and how much of a value must survive the check.
   */
  page?: { name: MessageKey; section: string; shape: SettingShape };
  /** For a setting that needs a browser permission while it is on. */
  permission?: {
    permissions: Browser.permissions.Permissions;
    says: PermissionWords;
    isOn?(value: Value): boolean;
    turn?(isOn: boolean): Promise<void>;
  };
}

export interface Setting<Value, Stored = Value> {
  key: string;
  fallback: Stored;
  words?: { label: MessageKey; help?: MessageKey };
  page?: { name: MessageKey; section: string; shape: SettingShape };
  permission?: SettingPermission<Value>;
  /** WXT's storage item, for what the rest of the code does with one (watch, tests' setValue). */
  item: WxtStorageItem<Stored, Record<string, unknown>>;
  check(stored: unknown): Value;
  /** The stored value, checked. */
  read(): Promise<Value>;
  /** Stores a value as it is given: check it first where it can be wrong. */
  write(value: Stored): Promise<void>;
  /** Calls back on every change, from anywhere; returns the unwatch. */
  watch(callback: () => void): () => void;
}

export function defineSetting<Value, Stored = Value>(declared: SettingDeclaration<Value, Stored>): Setting<Value, Stored> {
  // Version 1, as every setting was defined before: none has needed a migration yet.
  const item = storage.defineItem<Stored>(`local:${declared.key}`, { fallback: declared.fallback, version: 1 }) as WxtStorageItem<
    Stored,
    Record<string, unknown>
  >;
  const read = async () => declared.check(await item.getValue());
  const write = (value: Stored) => item.setValue(value);
  const { permission } = declared;
  return {
    key: declared.key,
    fallback: declared.fallback,
    words: declared.words,
    page: declared.page,
    permission: permission && {
      permissions: permission.permissions,
      says: permission.says,
      isOn: permission.isOn ?? ((value) => value === true),
      turn: permission.turn ?? ((isOn) => write(isOn as Stored)),
    },
    item,
    check: declared.check,
    read,
    write,
    watch: (callback) => item.watch(() => callback()),
  };
}

/** A yes/no value: a stored boolean, anything else the fallback. */
export const isBooleanOr =
  (fallback: boolean) =>
  (value: unknown): boolean =>
    typeof value === 'boolean' ? value : fallback;
