/**
 * The readable reports: one week (the page's figures and sentences), or the whole history week
 * by week (from an export's day rollups). Headings and sentences are read by a person, so they
 * come from _locales; dates stay ISO (2026-11-23), which every locale reads and a table sorts.
 * Names from the web are escaped so a host or an account cannot break a table or inject a link.
 */
import { weekOf } from '../activity/local-day';
import { CATEGORY_NAMES } from '../text/category-names';
import { formatCount } from '../text/format';
import { formatMinutes } from '../text/format-minutes';
import { INTENTION_NAMES } from '../text/intention-names';
import { message, messagePlural, type MessageKey } from '../text/i18n';
import { nameNudgeRule } from '../nudges/nudge-names';
import { once } from '../text/once';
import { SITE_NAMES } from '../text/site-names';
import type { IntentionTotals } from '../intention/intention';
import { CATEGORIES } from '../model/categories';
import { isSiteId } from '../sites/types';
import type { SiteTime } from '../figures/top-sites';
import type { ExportFile } from '../schema/export-format';
import { answersGiven, intentionTotalsOf, type IntentionSource } from './intention-figures';
import { NUDGE_COLUMNS } from './nudge-columns';
import { percent, summariseWeek } from './summary-sentences';
import type { WeekFigures } from './week-figures';

const ACTIVITY_WORDS: Record<SiteTime['activity'], MessageKey> = { consume: 'reportActivityConsuming', create: 'reportActivityCreating', neutral: 'reportActivityNeither' };

/** A table's header and alignment rows: `right` marks the columns of figures. */
function tableHead(columns: readonly MessageKey[], right: readonly boolean[]): string[] {
  return [`| ${columns.map((key) => escapeMarkdown(message(key))).join(' | ')} |`, `|${right.map((isFigure) => (isFigure ? '---:' : '---')).join('|')}|`];
}

/** One week; `range` is the week as the page heads it ("16 – 22 November 2026"). */
export function weekMarkdown(week: WeekFigures, range: string): string {
  const lines = [`# ${message('exportMarkdownWeekTitle', [range])}`, '', ...summariseWeek(week), ''];
  if (week.isEmpty) return lines.join('\n');
  lines.push(`## ${message('exportMarkdownScreenHeading')}`, '');
  lines.push(...tableHead(['exportMarkdownColumnDay', 'exportMarkdownColumnScreenTime', 'exportMarkdownColumnConsumed', 'exportMarkdownColumnCreated', 'exportMarkdownColumnMadeOffline'], [false, true, true, true, true]));
  for (const day of week.days) lines.push(`| ${day.date} | ${formatMinutes(day.screenMs)} | ${formatMinutes(day.consumeMs)} | ${formatMinutes(day.createMs)} | ${formatMinutes(day.offlineCreateMs)} |`);
  lines.push(`| **${message('exportMarkdownWeekTotal')}** | **${formatMinutes(week.screenMs)}** | **${formatMinutes(week.consumeMs)}** | **${formatMinutes(week.createMs - week.offlineCreateMs)}** | **${formatMinutes(week.offlineCreateMs)}** |`, '');
  lines.push(`## ${message('exportMarkdownDietHeading')}`, '', messagePlural(week.soFar ? 'exportMarkdownPostsSeenSoFar' : 'exportMarkdownPostsSeen', week.postsSeen, [formatCount(week.postsSeen), formatCount(week.previousPostsSeen)]), '');
  lines.push(...tableHead(['exportMarkdownColumnCategory', 'exportMarkdownColumnThisWeek', week.soFar ? 'exportMarkdownColumnSameDaysBefore' : 'exportMarkdownColumnWeekBefore'], [false, true, true]));
  for (const row of week.diet) lines.push(`| ${CATEGORY_NAMES[row.category]} | ${percent(row.share)} (${formatCount(row.flagged)}) | ${row.previousShare === null ? '–' : percent(row.previousShare)} |`);
  lines.push('', `## ${message('exportMarkdownSitesHeading')}`, '', ...tableHead(['exportMarkdownColumnSite', 'exportMarkdownColumnTime', 'exportMarkdownColumnMostly'], [false, true, false]));
  for (const site of week.sites) lines.push(`| ${escapeMarkdown(site.host)} | ${formatMinutes(site.ms)} | ${message(ACTIVITY_WORDS[site.activity])} |`);
  if (week.accounts.length > 0) {
    lines.push('', `## ${message('exportMarkdownAccountsHeading')}`, '', ...tableHead(['exportMarkdownColumnAccount', 'exportMarkdownColumnSite', 'exportMarkdownColumnFlaggedPosts'], [false, false, true]));
    for (const a of week.accounts) lines.push(`| ${escapeMarkdown(a.author)} | ${isSiteId(a.site) ? SITE_NAMES[a.site] : escapeMarkdown(a.site)} | ${formatCount(a.flaggedPosts)} |`);
  }
  if (week.nudges.rules.length > 0) {
    lines.push('', `## ${message('exportMarkdownNudgesHeading')}`, '', ...tableHead(NUDGE_COLUMNS, NUDGE_COLUMNS.map((_, i) => i > 0)));
    for (const r of week.nudges.rules) {
      const counts = [r.daysShown, r.acted, r.snoozed, r.dismissed, r.switchedOff, r.unanswered].map(formatCount);
      lines.push(`| ${escapeMarkdown(nameNudgeRule(r.rule))} | ${counts.join(' | ')} |`);
    }
  }
  if (week.intentions) lines.push('', ...intentionLines(week.intentions));
  return `${lines.join('\n')}\n`;
}

/** "What you came for, and the time it took": each answer, how many stretches, their counted time (as on the page). */
function intentionLines(totals: IntentionTotals): string[] {
  const lines = [`## ${message('reportIntentionsHeading')}`, '', ...tableHead(['reportIntentionsAnswer', 'reportIntentionsStretches', 'reportIntentionsTime'], [false, true, true])];
  for (const answer of answersGiven(totals)) lines.push(`| ${escapeMarkdown(INTENTION_NAMES[answer])} | ${formatCount(totals[answer].stretches)} | ${formatMinutes(totals[answer].ms)} |`);
  return lines;
}

const exportedAtFormat = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }));

/** The whole history, one row per week, from the export's rollups; then the intention answers the raw rows still hold. */
export function historyMarkdown(file: Pick<ExportFile, 'days' | 'exportedAt'> & IntentionSource): string {
  const intro = messagePlural('exportMarkdownHistoryIntro', file.days.length, [exportedAtFormat().format(new Date(file.exportedAt)), formatCount(file.days.length)]);
  const lines = [`# ${message('exportMarkdownHistoryTitle')}`, '', intro, ''];
  if (file.days.length === 0) return lines.join('\n');
  const weeks = new Map<string, typeof file.days>();
  for (const day of file.days) {
    const monday = weekOf(day.date)[0]!;
    weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
  }
  lines.push(
    ...tableHead(
      ['exportMarkdownColumnWeekOf', 'exportMarkdownColumnScreenTime', 'exportMarkdownColumnConsumed', 'exportMarkdownColumnCreated', 'exportMarkdownColumnMadeOffline', 'exportMarkdownColumnPostsSeen', 'exportMarkdownColumnMostFlagged'],
      [false, true, true, true, true, true, false],
    ),
  );
  for (const [monday, days] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
    const sum = (pick: (d: (typeof days)[number]) => number) => days.reduce((n, d) => n + pick(d), 0);
    const seen = sum((d) => d.posts.seen);
    const top = CATEGORIES.map((c) => [c, sum((d) => d.posts.flagged[c] ?? 0)] as const).sort((a, b) => b[1] - a[1])[0]!;
    const flagged = seen > 0 && top[1] > 0 ? message('exportMarkdownMostFlagged', [CATEGORY_NAMES[top[0]], percent(top[1] / seen)]) : '–';
    lines.push(`| ${monday} | ${formatMinutes(sum((d) => d.consumeMs + d.createMs + d.neutralMs))} | ${formatMinutes(sum((d) => d.consumeMs))} | ${formatMinutes(sum((d) => d.createMs))} | ${formatMinutes(sum((d) => d.manual.offlineCreateMs))} | ${formatCount(seen)} | ${flagged} |`);
  }
  const intentions = intentionTotalsOf(file);
  if (intentions) lines.push('', ...intentionLines(intentions));
  return `${lines.join('\n')}\n`;
}

/** Backslash-escapes Markdown's active characters and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
