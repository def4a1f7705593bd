/**
 * What the settings page asks before a shorter history is saved: how much detail it deletes,
 * from when to when, and the intention check's answers that go with it. A typo ("18" for "180") would otherwise delete months within a day.
 * Pure: takes what storage/retention.ts measured (its RawDataBefore), returns the words (null: nothing to ask).
 */
import { formatCount } from './format';
import { message, messagePlural } from './i18n';
import { once } from './once';

const DAY_MS = 86_400_000;
const dates = once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }));

/** What a shorter history would delete, as storage/retention.ts measures it. */
export interface WhatWouldGo {
  /** When the oldest of those rows ended; null when there are none. */
  oldestAt: number | null;
  /** Rows that ended before this go. */
  cutoff: number;
  posts: number;
  intentions: number;
}

export interface Ask {
  title: string;
  body: string;
  confirmLabel: string;
  /** The status when the person says no. */
  cancelled: string;
}

export function askBeforeShortening(days: number, before: number, measured: WhatWouldGo): Ask | null {
  if (days >= before || measured.oldestAt === null) return null;
  const span = Math.max(1, Math.ceil((measured.cutoff - measured.oldestAt) / DAY_MS));
  const body = message('settingsRetentionConfirmBody', [
    messagePlural('settingsRetentionConfirmDays', span, [formatCount(span)]),
    dates().format(measured.oldestAt),
    dates().format(measured.cutoff - 1),
    messagePlural('commonPostCount', measured.posts, [formatCount(measured.posts)]),
  ]);
  // The intention check's answers go with their stretches (storage/retention.ts): said only when there are some.
  const answers = measured.intentions > 0
    ? ` ${message('settingsRetentionConfirmAnswers', [messagePlural('settingsRetentionConfirmAnswerCount', measured.intentions, [formatCount(measured.intentions)])])}`
    : '';
  return {
    title: message('settingsRetentionConfirmTitle', [formatCount(days), formatCount(before)]),
    body: body + answers,
    confirmLabel: message('settingsRetentionConfirm', [formatCount(days)]),
    cancelled: message('settingsRetentionKept', [formatCount(before)]),
  };
}
