/**
 * `npm run smoke:firefox`: the built Firefox package (.output/firefox-mv3) run in this machine's
 * Firefox, headless and offline, the way a person would meet it:
 *
 *   install (temporary) ─▶ welcome tab opens ─▶ demo feed at https://mastodon.social/home
 *     ─▶ posts get data-realign and badges ─▶ seen posts reach the background's database
 *     ─▶ popup.html shows today's figures ─▶ report.html shows the week ─▶ options.html its settings
 *     ─▶ a label setting changed there applies to the open feed
 *
 * Each step fails with a sentence saying what did not happen; an uncaught error in the extension,
 * a console.error on any page, or a request leaving a tab fails the run. Screenshots go to
 * screenshots/firefox/. Without Firefox it skips with a note.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/browser';
import { findFirefox, launchFirefox, type FirefoxSession } from '../harness/firefox';
import { DEMO_FEED } from '../harness/fixtures';

const FIREFOX_BUILD = join(REPO_ROOT, '.output', 'firefox-mv3');
const SHOTS = join(REPO_ROOT, 'screenshots', 'firefox');
const DEMO_URL = 'https://mastodon.social/home';
const DEMO_POSTS = 12;
const DESKTOP = { width: 1280, height: 800 };

const executable = findFirefox();
if (!executable) {
  console.log('Skipping the Firefox smoke run: no Firefox here (apt-get install -y firefox-esr, or set FIREFOX_PATH).');
  process.exit(0);
}

const started = Date.now();
const step = (what: string) => console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${what}`);

const firefox = await launchFirefox(executable, FIREFOX_BUILD).catch((error: Error) => {
  console.error(`Firefox smoke run FAILED: ${error.message}`);
  process.exit(1);
});
try {
  mkdirSync(SHOTS, { recursive: true });
  step(`Firefox ${firefox.browserVersion} started, ${firefox.extensionId} installed at ${firefox.extensionOrigin}`);

  const welcome = await waitForTab(firefox, `${firefox.extensionOrigin}welcome.html`);
  await firefox.send('browsingContext.setViewport', { context: welcome, viewport: DESKTOP });
  await waitFor(firefox, welcome, "document.querySelector('h1')?.textContent", 'the welcome page shows no heading');
  await screenshot(firefox, welcome, 'welcome.png');
  step('the install opened the welcome page');

  firefox.serve(DEMO_URL, readFileSync(DEMO_FEED, 'utf8'));
  const feed = await openTab(firefox, DEMO_URL);
  await waitFor(
    firefox,
    feed,
    `document.querySelectorAll('article[data-realign]').length >= ${DEMO_POSTS}`,
    `the feed script did not mark the demo feed's ${DEMO_POSTS} posts with data-realign`,
  );
  await waitFor(firefox, feed, "document.querySelectorAll('article[data-realign] realign-badge').length > 2", 'flagged posts got no badge');
  const labels = await evaluate<string>(firefox, feed, "[...document.querySelectorAll('article[data-realign]')].map((post) => post.dataset.realign).join(' ')");
  await screenshot(firefox, feed, 'feed.png');
  step(`the demo feed is labelled: ${labels}`);

  // Posts count as seen after a second on screen and reach the background every two seconds; the
  // feed tab stays in front meanwhile, and the welcome tab behind it reads the extension's database.
  await waitFor(firefox, welcome, `${storedRowCount('postsSeen')} > 0`, 'no seen post reached the database', 15_000);
  step(`${await evaluate<number>(firefox, welcome, storedRowCount('postsSeen'))} seen posts are stored`);

  const popup = await openExtensionPage(firefox, welcome, 'popup.html', { width: 380, height: 600 });
  await waitFor(firefox, popup, "performance.getEntriesByName('realign:figures-shown').length > 0", 'the popup never showed its figures');
  const postsSeen = await evaluate<string>(firefox, popup, "document.querySelector('[data-figure=\"posts-seen\"]')?.textContent ?? ''");
  if (!(Number(postsSeen) > 0)) throw new Error(`the popup shows "${postsSeen}" posts seen, not a count of today's posts`);
  // Time is counted from tabs, windows and idle events: the feed's minutes land on its host.
  const screenTimeCard = "document.querySelector('[data-figure=\"screen-time\"]')?.closest('section')?.textContent ?? ''";
  const screenTime = await evaluate<string>(firefox, popup, screenTimeCard);
  if (!screenTime.includes('mastodon.social')) throw new Error(`the popup's screen time names no time on mastodon.social: "${screenTime}"`);
  await screenshot(firefox, popup, 'popup.png');
  step(`the popup shows today: ${postsSeen} posts seen, time on mastodon.social`);

  const report = await openExtensionPage(firefox, welcome, 'report.html');
  await waitFor(firefox, report, "document.querySelector('[data-figure=\"week-screen\"]')?.textContent", 'the weekly page shows no screen time');
  const weekPosts = await evaluate<string>(firefox, report, "document.querySelector('[data-figure=\"week-posts\"]')?.textContent ?? ''");
  await screenshot(firefox, report, 'report.png');
  step(`the weekly page shows the week: ${weekPosts} posts seen`);

  const options = await openExtensionPage(firefox, welcome, 'options.html');
  await waitFor(firefox, options, "document.querySelectorAll('main.options section').length >= 7", 'the settings page shows no sections');
  const controls = await evaluate<number>(firefox, options, "document.querySelectorAll('main.options input, main.options select').length");
  await screenshot(firefox, options, 'options.png');
  step(`the settings page shows ${controls} controls`);

  // A setting reaches the open feed at once (storage.onChanged in the content script).
  await evaluate(firefox, options, `(() => {
    const blur = document.querySelector('#mode-fomo-blur');
    blur.click();
    return blur.checked;
  })()`);
  await waitFor(
    firefox,
    feed,
    "document.querySelector('article[data-realign=\"fomo\"] [data-realign-cover=\"blur\"]') !== null",
    'blurring ad pressure in the settings did not blur the flash-sale post in the open feed',
  );
  step('blurring ad pressure in the settings blurred the open feed\'s flash-sale post');

  const errors = firefox.pageErrors();
  if (errors.length > 0) throw new Error(`errors were logged:\n    ${errors.join('\n    ')}`);
  // Requests made in tabs (extension pages, the feed and what runs in it); WebDriver BiDi does not
  // see the background page's own, which e2e/no-network.e2e.ts covers in Chromium. Firefox asks
  // each site for its icon on its own, so that one is not the extension's.
  const refused = firefox.refusedRequests.filter((url) => new URL(url).pathname !== '/favicon.ico');
  if (refused.length > 0) throw new Error(`requests tried to leave the machine:\n    ${refused.join('\n    ')}`);
  console.log(`Firefox smoke run passed in ${((Date.now() - started) / 1000).toFixed(1)} s. Screenshots: ${SHOTS}/`);
} catch (error) {
  console.error(`Firefox smoke run FAILED: ${(error as Error).message}`);
  const errors = firefox.pageErrors();
  if (errors.length > 0) console.error(`  errors logged meanwhile:\n    ${errors.join('\n    ')}`);
  process.exitCode = 1;
} finally {
  await firefox.close();
}

/** An expression that counts the rows of a table in the extension's IndexedDB (0 before it exists). */
function storedRowCount(table: string): string {
  return `await new Promise((resolve) => {
    const open = indexedDB.open('realign');
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('${table}')) { db.close(); resolve(0); return; }
      const count = db.transaction('${table}').objectStore('${table}').count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
      count.onerror = () => { db.close(); resolve(0); };
    };
  })`;
}

async function evaluate<T>(session: FirefoxSession, context: string, expression: string): Promise<T> {
  const reply = await session.send<{ type: string; result?: { value?: T }; exceptionDetails?: { text: string } }>('script.evaluate', {
    expression: `(async () => (${expression}))()`,
    target: { context },
    awaitPromise: true,
  });
  if (reply.type === 'exception') throw new Error(`${expression.slice(0, 80)}… threw ${reply.exceptionDetails?.text}`);
  return reply.result?.value as T;
}

async function waitFor(session: FirefoxSession, context: string, expression: string, failure: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    if (await evaluate<unknown>(session, context, expression)) return;
    if (Date.now() > deadline) throw new Error(`${failure} (waited ${timeoutMs / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function openTab(session: FirefoxSession, url: string): Promise<string> {
  const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await session.send('browsingContext.setViewport', { context, viewport: DESKTOP });
  await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/**
 * Firefox refuses a WebDriver navigation to moz-extension:// addresses, so an extension page that
 * is already open (the welcome tab) opens the others, as the extension's own links do.
 */
async function openExtensionPage(session: FirefoxSession, opener: string, path: string, viewport = DESKTOP): Promise<string> {
  await evaluate(session, opener, `browser.tabs.create({ url: ${JSON.stringify(path)} }).then(() => true)`);
  const context = await waitForTab(session, `${session.extensionOrigin}${path}`);
  await session.send('browsingContext.setViewport', { context, viewport });
  return context;
}

/** The tab the extension opened itself, found by its address. */
async function waitForTab(session: FirefoxSession, url: string): Promise<string> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const { contexts } = await session.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree');
    const tab = contexts.find((context) => context.url === url);
    if (tab) return tab.context;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab opened ${url} within 10 s`);
}

async function screenshot(session: FirefoxSession, context: string, file: string): Promise<void> {
  const { data } = await session.send<{ data: string }>('browsingContext.captureScreenshot', { context });
  writeFileSync(join(SHOTS, file), Buffer.from(data, 'base64'));
}
