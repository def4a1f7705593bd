/**
 * The optional `notifications` permission, shared by the weekly reminder and the goal alerts:
 * asked for when either is turned on, given back when both are off (settings/permission-release.ts).
 */
import type { Browser } from 'wxt/browser';

export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications'] } satisfies Browser.permissions.Permissions;
