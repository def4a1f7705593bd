/**
 * Drives the built extension in Debian's Chromium, offline.
 *
 *   launchExtension() ──▶ Chromium (new headless unless asked otherwise) with .output/chrome-mv3 loaded
 *        │                  every http(s) request is refused unless a test answered it with serve()
 *        ├─ serve(url, file|html)   a real site URL answered with a saved page
 *        ├─ openExtensionPage(path) popup.html, report.html … in a tab
 *        └─ readTable(name)         what the background stored in IndexedDB
 *
 * Used by the end-to-end tests, `npm start` and the browser benchmarks, so each can say
 * "load the extension, open this URL with this page, read back what was stored" in a few lines.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readTableIn, writeRowsIn } from './extension-db';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const CHROME_BUILD = join(REPO_ROOT, '.output', 'chrome-mv3');

/** The browser the tests drive: $CHROMIUM_PATH, else Debian's package. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

// Flags from the harness spec: no sandbox (root in CI), and no background traffic of
// Chromium's own, which this offline machine would refuse many times a second.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  /** Built extension folder; defaults to the Chrome MV3 build. null: the same browser without it. */
  extensionDir?: string | null;
  /** false opens a real window (needs a display). Default: headless. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Keep the welcome tab the extension opens on install (closed by default, so tests start clean). */
  keepWelcome?: boolean;
  /** The browser's interface language ('de'), which picks the extension's _locales; default: the machine's. */
  language?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker; reading it throws when launched without the extension. */
  serviceWorker: Worker;
  /** Answer every request for `url` (a glob, e.g. 'https://news.ycombinator.com/**') with a file or HTML. */
  serve(url: string, body: { file: string } | { html: string }): Promise<void>;
  /** Open an extension page such as 'popup.html' in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Every row of an object store in the extension's IndexedDB database. */
  readTable<T = unknown>(table: string): Promise<T[]>;
  /** Sets keys in the extension's storage.local, as the settings pages would. */
  setExtensionStorage(items: Record<string, unknown>): Promise<void>;
  /** Puts rows into an object store, as storage/ would have written them (seeding history). */
  writeRows(table: string, rows: readonly unknown[]): Promise<void>;
  /** Requests that tried to leave the machine: extension code must never make one. */
  refusedRequests: string[];
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD : options.extensionDir;
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'realign-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    // Extensions need Chromium's new headless mode, which Playwright's own `headless` does not pick.
    headless: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_FLAGS,
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(extensionDir === null
        ? ['--disable-extensions']
        : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // On Linux, Chromium takes its interface language from the environment, not from --lang.
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language, LC_ALL: '', LANG: '' } } : {}),
  });

  // The extension's pages report their uncaught errors and console errors in the test run's
  // output: a page that stays blank should say why. (The saved sites' own scripts are not ours.)
  const watchPage = (page: Page) => {
    const isOurs = () => page.url().startsWith('chrome-extension://');
    page.on('pageerror', (error) => {
      if (isOurs()) console.error(`[${page.url()}] uncaught: ${error.stack ?? error.message}`);
    });
    page.on('console', (entry) => {
      if (isOurs() && entry.type() === 'error') console.error(`[${page.url()}] console.error: ${entry.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const refusedRequests: string[] = [];
  // Registered first, so it is consulted last: anything no test served is refused and noted.
  await context.route(/^(https?|wss?):/, (route) => {
    refusedRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });

  const worker =
    extensionDir === null
      ? null
      : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })));
  const extensionId = worker ? new URL(worker.url()).host : '';
  if (worker && !options.keepWelcome) await closeWelcomeTab(context, extensionId);
  const requireWorker = (): Worker => {
    if (!worker) throw new Error('This browser was launched without the extension (extensionDir: null).');
    return worker;
  };

  return {
    context,
    extensionId,
    get serviceWorker() {
      return requireWorker();
    },
    refusedRequests,
    async serve(url, body) {
      const html = 'html' in body ? body.html : readFileSync(body.file, 'utf8');
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    readTable: (table) => readTableIn(requireWorker(), table),
    writeRows: (table, rows) => writeRowsIn(context, extensionId, table, rows),
    setExtensionStorage: (items) =>
      requireWorker().evaluate(
        (values) =>
          (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(
            values,
          ),
        items,
      ),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events, so a test can
 * check that nothing depends on the worker staying alive. `extensionPage` is any page of the
 * extension already open (its tab is not brought forward, so tab activity is untouched).
 */
export async function stopServiceWorker(session: ExtensionSession, extensionPage: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(extensionPage);
  const status = new Map<string, string>();
  const stopped = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) continue;
      status.set(version.versionId, version.runningStatus);
      if (version.runningStatus === 'stopped') stopped.add(version.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = async (isDone: () => boolean, what: string) => {
    for (let waited = 0; !isDone(); waited += 50) {
      if (waited > 5_000) throw new Error(`stopServiceWorker: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await waitFor(() => status.size > 0, 'no service worker of the extension found');
  const running = [...status].filter(([, state]) => state === 'running').map(([versionId]) => versionId);
  stopped.clear();
  for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  // Done once each worker was seen stopped: an open feed tab's next message may wake it again at
  // once, exactly as in real use, so "stopped right now" would be a race.
  await waitFor(() => running.every((versionId) => stopped.has(versionId)), 'the worker did not stop');
  await cdp.detach();
}

/** The install opens welcome.html (background/first-run.ts); a test starts with it closed. */
export async function waitForWelcomeTab(context: BrowserContext, extensionId: string): Promise<Page | null> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const isWelcome = (page: Page) => page.url() === url;
  const open = context.pages().find(isWelcome);
  if (open) return open;
  return context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => null);
}

async function closeWelcomeTab(context: BrowserContext, extensionId: string): Promise<void> {
  const welcome = await waitForWelcomeTab(context, extensionId);
  // Closed once it has loaded, as a person would: not while it is still asking for its messages.
  await welcome?.waitForLoadState('load').catch(() => undefined);
  await welcome?.close();
}
