/**
 * The readable reports: one week (the page's figures and sentences), or the whole history week
 * by week (from an export's day rollups). Names from the web are escaped so a host or an account
 * cannot break a table or inject a link.
 */
import { weekOf } from '../activity/local-day';
import { CATEGORY_NAMES } from '../components/category-names';
import { formatMinutes } from '../components/format-minutes';
import { nameNudgeRule } from '../components/nudge-rule-names';
import { SITE_NAMES } from '../components/site-names';
import { CATEGORIES } from '../model/categories';
import { isSiteId } from '../sites/types';
import type { ExportFile } from '../storage/export-format';
import { percent, summariseWeek } from './summary-sentences';
import type { WeekFigures } from './week-figures';

export function weekMarkdown(week: WeekFigures, title: string): string {
  const lines = [`# Realign: ${title}`, '', ...summariseWeek(week).map((s) => s), ''];
  if (week.isEmpty) return lines.join('\n');
  lines.push('## Screen time per day', '', '| Day | Screen time | Consumed | Created | Made offline |', '|---|---:|---:|---:|---:|');
  for (const day of week.days) lines.push(`| ${day.date} | ${formatMinutes(day.screenMs)} | ${formatMinutes(day.consumeMs)} | ${formatMinutes(day.createMs)} | ${formatMinutes(day.offlineCreateMs)} |`);
  lines.push(`| **Week** | **${formatMinutes(week.screenMs)}** | **${formatMinutes(week.consumeMs)}** | **${formatMinutes(week.createMs - week.offlineCreateMs)}** | **${formatMinutes(week.offlineCreateMs)}** |`, '');
  lines.push('## Information diet', '', `${week.postsSeen.toLocaleString('en')} posts seen (the week before: ${week.previousPostsSeen.toLocaleString('en')}).`, '');
  lines.push('| Category | This week | The week before |', '|---|---:|---:|');
  for (const row of week.diet) lines.push(`| ${CATEGORY_NAMES[row.category]} | ${percent(row.share)} (${row.flagged}) | ${row.previousShare === null ? '–' : percent(row.previousShare)} |`);
  lines.push('', '## Top sites', '', '| Site | Time | Mostly |', '|---|---:|---|');
  for (const site of week.sites) lines.push(`| ${escapeMarkdown(site.host)} | ${formatMinutes(site.ms)} | ${site.activity} |`);
  if (week.accounts.length > 0) {
    lines.push('', '## Accounts behind the most flagged posts', '', '| Account | Site | Flagged posts |', '|---|---|---:|');
    for (const a of week.accounts) lines.push(`| ${escapeMarkdown(a.author)} | ${isSiteId(a.site) ? SITE_NAMES[a.site] : escapeMarkdown(a.site)} | ${a.flaggedPosts} |`);
  }
  if (week.nudges.rules.length > 0) {
    lines.push('', '## Nudges', '', '| Nudge | Days shown | Done | Later | Dismissed | Turned off | Unanswered |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const r of week.nudges.rules) lines.push(`| ${escapeMarkdown(nameNudgeRule(r.rule))} | ${r.daysShown} | ${r.acted} | ${r.snoozed} | ${r.dismissed} | ${r.switchedOff} | ${r.unanswered} |`);
  }
  return lines.join('\n') + '\n';
}

/** The whole history, one row per week, from the export's rollups. */
export function historyMarkdown(file: Pick<ExportFile, 'days' | 'exportedAt'>): string {
  const lines = ['# Realign: your history', '', `Exported ${file.exportedAt}. ${file.days.length} days recorded.`, ''];
  if (file.days.length === 0) return lines.join('\n');
  const weeks = new Map<string, typeof file.days>();
  for (const day of file.days) {
    const monday = weekOf(day.date)[0]!;
    weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
  }
  lines.push('| Week of | Screen time | Consumed | Created | Made offline | Posts seen | Most flagged |', '|---|---:|---:|---:|---:|---:|---|');
  for (const [monday, days] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
    const sum = (pick: (d: (typeof days)[number]) => number) => days.reduce((n, d) => n + pick(d), 0);
    const seen = sum((d) => d.posts.seen);
    const top = CATEGORIES.map((c) => [c, sum((d) => d.posts.flagged[c] ?? 0)] as const).sort((a, b) => b[1] - a[1])[0]!;
    const flagged = seen > 0 && top[1] > 0 ? `${CATEGORY_NAMES[top[0]]} ${percent(top[1] / seen)}` : '–';
    lines.push(`| ${monday} | ${formatMinutes(sum((d) => d.consumeMs + d.createMs + d.neutralMs))} | ${formatMinutes(sum((d) => d.consumeMs))} | ${formatMinutes(sum((d) => d.createMs))} | ${formatMinutes(sum((d) => d.manual.offlineCreateMs))} | ${seen.toLocaleString('en')} | ${flagged} |`);
  }
  return lines.join('\n') + '\n';
}

/** Backslash-escapes Markdown's active characters and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
