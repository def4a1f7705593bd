/**
 * The weekly summary page in Chromium, on three weeks of synthetic history written as storage
 * writes it:
 *
 *   seed rollups, posts, segments, nudges ─▶ report.html#<last week> ─▶ figures = stored data
 *   ─▶ Export JSON (download checked against the contract) ─▶ import a broken file (refused, no change)
 *   ─▶ delete one site with the keyboard ─▶ screenshots: light, dark, print, an empty week
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, dayKeyOf, startOfDayKey, weekOf } from '../activity/local-day';
import { formatMinutes } from '../text/format-minutes';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';
import type { DayRollup } from '../figures/day-rollup';

const SHOTS = join(REPO_ROOT, 'screenshots', 'report');
const NOW = Date.now();
const history = makeHistory(NOW, 21, 60);
const lastMonday = weekOf(addDays(dayKeyOf(NOW), -7))[0]!;
const lastWeek = weekOf(lastMonday);
const rollupsOf = (dates: string[]) => history.days.filter((day) => dates.includes(day.date));
const screenOf = (days: DayRollup[]) => days.reduce((sum, d) => sum + d.consumeMs + d.createMs + d.neutralMs, 0);
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe('the weekly summary page', () => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ viewport: { width: 1100, height: 900 } });
    await session.writeRows('days', history.days);
    await session.writeRows('postsSeen', history.posts);
    await session.writeRows('segments', history.segments);
    const at = (date: string, hour: number) => startOfDayKey(date) + hour * 3_600_000;
    await session.writeRows('nudges', [
      { rule: 'take-a-break', action: 'shown', at: at(lastWeek[0]!, 11) },
      { rule: 'take-a-break', action: 'acted', at: at(lastWeek[0]!, 11) + 60_000 },
      { rule: 'late-night', action: 'shown', at: at(lastWeek[2]!, 23) },
      { rule: 'late-night', action: 'snoozed', at: at(lastWeek[2]!, 23) + 30_000 },
      { rule: 'consume-create', action: 'shown', at: at(lastWeek[4]!, 16) },
    ]);
    page = await session.openExtensionPage(`report.html#${lastMonday}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows last week\'s figures as stored, in words and charts', async () => {
    const days = rollupsOf(lastWeek);
    await expect.poll(() => page.locator('[data-figure="week-screen"]').textContent()).toBe(formatMinutes(screenOf(days)));
    const consume = days.reduce((sum, d) => sum + d.consumeMs, 0);
    const create = days.reduce((sum, d) => sum + d.createMs + d.manual.offlineCreateMs, 0);
    expect(await page.locator('[data-figure="week-consume"]').textContent()).toBe(formatMinutes(consume));
    expect(await page.locator('[data-figure="week-create"]').textContent()).toBe(formatMinutes(create));
    expect(digits(await page.locator('[data-figure="week-posts"]').textContent())).toBe(String(days.reduce((sum, d) => sum + d.posts.seen, 0)));
    const summary = await page.locator('[data-figure="summary"]').textContent();
    expect(summary).toContain(`You created ${formatMinutes(create)}`);
    expect(summary).toContain(`consumed ${formatMinutes(consume)}`);
    expect(await page.locator('[data-figure="nudges-taken"]').textContent()).toBe('1');
    expect(await page.locator('[data-figure="nudges-set-aside"]').textContent()).toBe('2');
    // The daily goal (3 h by default) is drawn and said; a past week has no unfinished day.
    const screenChart = page.getByRole('img', { name: /^Screen time per day\./ });
    expect(await screenChart.getAttribute('aria-label')).toMatch(/Your daily goal: 3 h\.$/);
    expect(await screenChart.getAttribute('aria-label')).not.toContain('not over');
    expect(await page.locator('line.chart__goal').count()).toBe(1);
    expect(await page.locator('[data-unfinished]').count()).toBe(0);
    expect(await findSeriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'report-dark.png'), fullPage: true });
    expect(await findSeriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    await page.screenshot({ path: join(SHOTS, 'report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('compares the week in progress with the same days of the week before, and a past week with all of it', async () => {
    const thisWeek = weekOf(dayKeyOf(NOW));
    const daysSoFar = thisWeek.indexOf(dayKeyOf(NOW)) + 1;
    const sameDaysBefore = rollupsOf(lastWeek.slice(0, daysSoFar));
    const current = await session.openExtensionPage('report.html');
    const posts = current.locator('[data-figure="week-posts"]').locator('xpath=..');
    await expect.poll(() => posts.textContent()).toContain('on the same days of the week before');
    const postsBefore = sameDaysBefore.reduce((sum, d) => sum + d.posts.seen, 0);
    expect(digits((await posts.textContent())!.split('(')[1]!)).toBe(String(postsBefore));
    expect(await current.locator('[data-figure="week-screen"]').locator('xpath=..').textContent()).toContain('so far this week');
    // Today's bar is still growing: hatched, named in the legend and in the chart's description.
    const todayLabel = await current.getByRole('img', { name: /^Screen time per day\./ }).getAttribute('aria-label');
    expect(todayLabel).toMatch(/: [^,]+ so far \(the day is not over\)(,|\.)/);
    expect((todayLabel!.match(/not over/g) ?? []).length).toBe(1);
    expect(await current.locator('[data-unfinished]').count()).toBeGreaterThan(0);
    expect(await current.getByText('Today, not over yet').count()).toBe(1);
    await current.setViewportSize({ width: 1100, height: 900 });
    await current.screenshot({ path: join(SHOTS, 'report-this-week.png'), fullPage: true });
    // The headline counts weeks from now, for every week alike.
    expect(await current.getByRole('heading', { level: 1 }).textContent()).toBe('This week');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Last week');
    await current.goto(`chrome-extension://${session.extensionId}/report.html#${addDays(lastMonday, -14)}`);
    await expect.poll(() => current.getByRole('heading', { level: 1 }).textContent()).toBe('3 weeks ago');
    await current.close();

    const past = page.locator('[data-figure="week-posts"]').locator('xpath=..');
    expect(await past.textContent()).toContain('the week before)');
    expect(await past.textContent()).not.toContain('same days');
  });

  it('downloads everything with "Export JSON", in the documented format', async () => {
    await page.getByRole('group', { name: 'What to export' }).getByRole('radio', { name: 'Everything' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^realign-all-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown> & { days: DayRollup[]; postsSeen: unknown[] };
    expect(file).toMatchObject({ format: 'realign-export', version: 1 });
    expect(new Date(file.exportedAt as string).toISOString()).toBe(file.exportedAt);
    expect(file.days.map((day) => day.date)).toEqual(history.days.map((day) => day.date));
    for (const [i, day] of file.days.entries()) {
      const stored = history.days[i]!;
      expect([day.consumeMs, day.createMs, day.neutralMs, day.posts]).toEqual([stored.consumeMs, stored.createMs, stored.neutralMs, stored.posts]);
      for (const [host, site] of Object.entries(day.sites)) expect(site).toMatchObject({ ms: stored.sites[host]!.ms, activity: stored.sites[host]!.activity });
    }
    expect(file.postsSeen).toHaveLength(history.posts.length);

    // The same file imported back changes nothing, and says so.
    const before = await session.readTable<DayRollup>('days');
    await page.getByLabel('Import a JSON backup').setInputFiles((await download.path())!);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Imported / }).textContent()).toMatch(/your history already held everything in it\.$/);
    expect(await session.readTable<DayRollup>('days')).toEqual(before);
    await page.getByRole('group', { name: 'What to export' }).getByRole('radio', { name: 'This week' }).check();
  });

  it('downloads the week as Markdown and as CSV tables in a zip', async () => {
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toBe(`realign-week-${lastMonday}.md`);
    const text = readFileSync((await markdown.path())!, 'utf8');
    expect(text).toMatch(/^# Realign: your week, /);
    expect(text).toContain(`| **Week** | **${formatMinutes(screenOf(rollupsOf(lastWeek)))}** |`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`realign-week-${lastMonday}-csv.zip`);
    const zip = readFileSync((await csv.path())!);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    for (const name of ['days.csv', 'sites.csv', 'posts-seen.csv', 'intentions.csv']) expect(zip.includes(Buffer.from(name))).toBe(true);
  });

  it('refuses a broken import with a message, and changes nothing', async () => {
    const before = await session.readTable<DayRollup>('days');
    const input = page.getByLabel('Import a JSON backup');
    await input.setInputFiles({ name: 'from-the-future.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"realign-export","version":99,"exportedAt":"2030-01-01T00:00:00.000Z","days":[]}') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.locator('p').first().textContent()).toBe('This backup was made by a newer version of Realign. Update Realign, then import it again. Your history is unchanged.');
    // The technical reason waits behind "Details".
    expect(await alert.getByText(/export format version 99/).isVisible()).toBe(false);
    await alert.getByText('Details').click();
    await expect.poll(() => alert.getByText(/^Nothing was imported: the file was made by a newer Realign \(export format version 99\)/).isVisible()).toBe(true);
    await input.setInputFiles({ name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"realign-export","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","days":[{"date":"2026-01-01","consumeMs":12.') });
    await expect.poll(() => alert.locator('p').first().textContent()).toMatch(/^This file is cut off: it may not have finished downloading\./);
    await input.setInputFiles({ name: 'picture.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect.poll(() => alert.locator('p').first().textContent()).toMatch(/^This is not a Realign backup\./);
    await input.setInputFiles({ name: 'from-2031.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"realign-export","version":1,"exportedAt":"2031-03-02T10:00:00.000Z","days":[{"date":"2031-03-01","consumeMs":0,"createMs":0,"neutralMs":0,"sites":{},"posts":{"seen":0,"flagged":{}}}]}') });
    await expect.poll(() => alert.locator('p').first().textContent()).toMatch(/^This backup holds days that had not happened when it was made/);
    await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"realign-export","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","days":[{"date":"2026-01-01","consumeMs":0,"createMs":0,"neutralMs":0,"sites":{"__proto__":{"ms":0,"activity":"consume"}},"posts":{"seen":0,"flagged":{}}}]}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/the key "__proto__" is not allowed/);
    expect(await session.readTable<DayRollup>('days')).toEqual(before);
    await page.screenshot({ path: join(SHOTS, 'report-import-refused.png'), fullPage: true });
  });

  it('deletes one site after an in-page confirmation, with the keyboard alone', async () => {
    await page.getByRole('radio', { name: 'One site' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'Site' }).focus();
    await page.keyboard.type('x.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: 'Delete everything about x.com?' });
    await expect.poll(() => confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'report-confirm-delete.png'), fullPage: true });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Deleted everything about x.com.' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete…');
    const days = await session.readTable<DayRollup>('days');
    expect(days.some((day) => 'x.com' in day.sites)).toBe(false);
    // The open page follows the database: last week's screen time no longer holds x.com's.
    const expected = rollupsOf(lastWeek).reduce((sum, day) => sum + screenOf([day]) - (day.sites['x.com']?.ms ?? 0), 0);
    await expect.poll(() => page.locator('[data-figure="week-screen"]').textContent()).toBe(formatMinutes(expected));
  });

  it('fits a narrow window', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    // Every column of the nudges table is on screen, each count named beside it: none scrolled out of sight.
    const table = page.getByRole('region', { name: 'Nudges this week, by rule' });
    const cells = await table.locator('tbody tr').first().locator('td').evaluateAll((tds) =>
      tds.map((td) => ({ label: getComputedStyle(td, '::before').content, right: td.getBoundingClientRect().right })),
    );
    expect(cells).toHaveLength(6);
    expect(cells.map((c) => c.label)).toEqual(['"Days shown"', '"Done"', '"Later"', '"Dismissed"', '"Turned off"', '"Unanswered"']);
    const regionRight = await table.evaluate((el) => el.getBoundingClientRect().right);
    expect(cells.every((c) => c.right <= regionRight + 0.5)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'report-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('says an empty week kindly', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/report.html#2025-01-06`);
    await page.reload();
    await expect.poll(() => page.locator('[data-figure="summary"]').textContent()).toContain('Nothing was recorded this week.');
    expect(await page.locator('[data-figure="week-screen"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'report-empty.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'report-empty-dark.png'), fullPage: true });
  });
});
