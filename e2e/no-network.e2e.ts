/**
 * "Nothing is sent anywhere" (PRIVACY.md), checked twice:
 *
 *   built files ─▶ no network API in Realign's code, no remote src/href/url(), a manifest whose
 *   (chrome-mv3,    content security policy allows no remote code; library code that names such an
 *    firefox-mv3)   API but never calls it out is listed below, each entry matched by its exact shape
 *
 *   Chromium ─▶ demo feed read and labelled, every extension page opened ─▶ no request left the
 *               machine from a page of the extension, the feed's content script or the service worker
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';

const BUILDS = [CHROME_BUILD, join(REPO_ROOT, '.output', 'firefox-mv3')];
const DEMO_URL = 'https://mastodon.social/home';

/** Ways code reaches the network. A remote `src`/`href` is checked per file type below. */
const NETWORK_APIS: { name: string; pattern: RegExp }[] = [
  { name: 'fetch(', pattern: /\bfetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\b/g },
  { name: 'import() of a URL', pattern: /\bimport\s*\(\s*["'`](https?:)?\/\//g },
  { name: 'remote src in script', pattern: /\bsrc\s*[:=]\s*["'`](https?:)?\/\//g },
  { name: 'remote src via setAttribute', pattern: /setAttribute\(\s*["']src["']\s*,\s*["'`](https?:)?\/\//g },
];

/**
 * Library code that names a network API without ever reaching the network. Each entry was read
 * in the built file; `shape` must match the text around the word, so any other call still fails.
 */
const ALLOWED: { api: string; why: string; shape: RegExp }[] = [
  {
    api: 'fetch(',
    why:
      "Vite's modulepreload polyfill (vite/modulepreload-polyfill, injected into every HTML entry): it fetches the " +
      'href of <link rel="modulepreload"> elements to warm the cache. Every such link is one of our own chunks ' +
      '(checked below), so it only ever fetches files inside the extension.',
    shape: /\.ep\)return;\s*\w+\.ep\s*=\s*!0;\s*const \w+\s*=\s*\w+\(\w+\);\s*fetch\(\w+\.href,\s*\w+\)/,
  },
  {
    api: 'fetch(',
    why:
      "text/i18n.ts: when Chromium's copy of the extension's messages came back empty, an extension page " +
      "(or the background, for a feed tab) reads the extension's own _locales/<folder>/messages.json, a root path " +
      'of the extension\'s origin; it refuses to run anywhere whose address is not the extension\'s.',
    shape: /fetch\(`\/_locales\/\$\{\w+\}\/messages\.json`\)/,
  },
];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every network API use in one script that no allow-list entry explains, as "api at offset". */
function findNetworkCalls(source: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of NETWORK_APIS) {
    for (const match of source.matchAll(pattern)) {
      const around = source.slice(Math.max(0, match.index - 120), match.index + 40);
      if (!ALLOWED.some((entry) => entry.api === name && entry.shape.test(around))) found.push(`${name} at ${match.index}: …${around}…`);
    }
  }
  return found;
}

/** Remote resources an HTML page or stylesheet would load: src=, <link href=>, url(), @import. */
function findRemoteResources(text: string, kind: 'html' | 'css'): string[] {
  const patterns =
    kind === 'html'
      ? [/\bsrc\s*=\s*["']?(https?:)?\/\/[^"'\s>]*/gi, /<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\/[^"'\s>]*/gi]
      : [/url\(\s*["']?(https?:)?\/\/[^)]*\)/gi, /@import\b[^;]*/gi];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

/** Sources a content security policy directive may name without allowing code from elsewhere. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);

describe.each(BUILDS)('the built extension in %s', (build) => {
  const has = existsSync(join(build, 'manifest.json'));
  const files = has ? listFiles(build) : [];
  const name = (file: string) => relative(build, file);

  it('was built', () => expect(has, `${build}: run the builds first`).toBe(true));

  it.each(files.filter((f) => f.endsWith('.js')).map((f) => [name(f), f]))('%s calls no network API', (_, file) => {
    expect(findNetworkCalls(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('loads no remote resource from its pages and stylesheets', () => {
    const remote = files
      .filter((f) => f.endsWith('.html') || f.endsWith('.css'))
      .flatMap((f) => findRemoteResources(readFileSync(f, 'utf8'), f.endsWith('.html') ? 'html' : 'css').map((hit) => `${name(f)}: ${hit}`));
    expect(remote).toEqual([]);
  });

  it('preloads only its own chunks (what the allowed polyfill fetches)', () => {
    const preloads = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => m[0]));
    for (const link of preloads) {
      const href = /href="([^"]+)"/.exec(link)?.[1] ?? '';
      expect(href, link).toMatch(/^\/[\w/.-]+\.js$/);
      expect(existsSync(join(build, href))).toBe(true);
    }
  });

  it('has a manifest whose content security policy allows no remote code', () => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    // Absent: the browser's default for MV3 extension pages, "script-src 'self'; object-src 'self'" (Chrome)
    // or "script-src 'self'; upgrade-insecure-requests" (Firefox), which allows no remote code either.
    const csp = (manifest.content_security_policy ?? {}) as Record<string, string>;
    expect(Object.keys(csp).filter((key) => key !== 'extension_pages')).toEqual([]);
    for (const directive of (csp.extension_pages ?? '').split(';').map((d) => d.trim().split(/\s+/))) {
      const [directiveName, ...sources] = directive;
      if (directiveName && ['script-src', 'object-src', 'worker-src', 'default-src'].includes(directiveName)) {
        expect(sources.filter((source) => !LOCAL_SOURCES.has(source)), directiveName).toEqual([]);
      }
    }
    // Every script the manifest starts is a file in the package.
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    const scripts = [background.service_worker, ...(background.scripts ?? [])].filter((s): s is string => !!s);
    const contentScripts = (manifest.content_scripts as { js?: string[] }[] | undefined)?.flatMap((c) => c.js ?? []) ?? [];
    for (const script of [...scripts, ...contentScripts]) expect(existsSync(join(build, script)), script).toBe(true);
  });

  it('is offered only to browsers that have storage.session (Chrome 102, Firefox 115), where time is kept while counted', () => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
      minimum_chrome_version?: string;
      browser_specific_settings?: { gecko?: { strict_min_version?: string } };
    };
    const gecko = manifest.browser_specific_settings?.gecko?.strict_min_version;
    const least = gecko ? Number.parseInt(gecko, 10) : Number.parseInt(manifest.minimum_chrome_version ?? '0', 10);
    expect(least).toBeGreaterThanOrEqual(gecko ? 115 : 102);
  });
});

describe('the checks above catch what they should (so a clean result means something)', () => {
  it('finds network calls and remote resources in code that has them', () => {
    expect(findNetworkCalls('a.b();fetch("https://example.org/x")')).toHaveLength(1);
    expect(findNetworkCalls('new XMLHttpRequest;navigator.sendBeacon(u);new WebSocket(u);import("https://cdn.example/x.js")')).toHaveLength(4);
    expect(findNetworkCalls('el.src="https://cdn.example/x.js"')).toHaveLength(1);
    // The allowed shape, but with another URL source, is still caught.
    expect(findNetworkCalls('function o(i){if(i.ep)return;i.ep=!0;const n=t(i);fetch("https://x.example",n)}')).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: minified source code, as the scanner reads it
    expect(findNetworkCalls('const t=await fetch(`https://x.example/_locales/${e}/messages.json`)')).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: minified source code, as the scanner reads it
    expect(findNetworkCalls('const t=await fetch(`/_locales/${e}/messages.json`)')).toHaveLength(0);
    expect(findNetworkCalls('link.rel="prefetch";prefetch(x)')).toHaveLength(0);
    expect(findRemoteResources('<script src="https://cdn.example/a.js"></script><link rel="stylesheet" href="//cdn.example/a.css">', 'html')).toHaveLength(2);
    expect(findRemoteResources('<a href="https://example.org">a link the person clicks</a>', 'html')).toHaveLength(0);
    expect(findRemoteResources('@import "x.css"; .a{background:url(https://example.org/a.png)}', 'css')).toHaveLength(2);
  });
});

describe('a browsing session with Realign in Chromium', () => {
  let session: ExtensionSession;
  const leftTheMachine: string[] = [];

  /** Who made a request: the service worker, an extension page, or the feed page (its content script). */
  const originOf = (request: Request): string => {
    if (request.serviceWorker()) return 'service worker';
    try {
      return request.frame().url();
    } catch {
      return 'navigation';
    }
  };

  beforeAll(async () => {
    session = await launchExtension();
    await session.serve(DEMO_URL, { file: DEMO_FEED });
    session.context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`chrome-extension://${session.extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:')) return;
      // The demo feed's own document is the one request the test itself made.
      if (url === DEMO_URL && request.isNavigationRequest()) return;
      leftTheMachine.push(`${url} (from ${originOf(request)})`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads and labels the demo feed, opens every page of the extension, and sends nothing', async () => {
    const feed = await session.context.newPage();
    await feed.goto(DEMO_URL);
    await feed.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 12, undefined, { timeout: 10_000 });
    expect(await feed.locator('realign-badge').count()).toBeGreaterThan(0);
    await feed.mouse.wheel(0, 1_500);
    await feed.waitForTimeout(1_500);
    const pages = readdirSync(CHROME_BUILD).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'options.html', 'report.html']));
    for (const path of pages) {
      const page = await session.openExtensionPage(path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await page.close();
    }
    // Leaving the feed flushes what it had seen to the service worker, which writes it.
    await feed.close();
    await expect.poll(async () => (await session.readTable('postsSeen')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(leftTheMachine).toEqual([]);
    expect(session.refusedRequests).toEqual([]);
  });

  it('would have seen a request from the service worker or an extension page', async () => {
    await session.serviceWorker.evaluate(() => fetch('https://probe.invalid/from-worker').catch(() => undefined));
    const popup = await session.openExtensionPage('popup.html');
    await popup.evaluate(() => fetch('https://probe.invalid/from-page').catch(() => undefined));
    await expect.poll(() => leftTheMachine.length).toBe(2);
    expect(leftTheMachine).toEqual([
      'https://probe.invalid/from-worker (from service worker)',
      `https://probe.invalid/from-page (from chrome-extension://${session.extensionId}/popup.html)`,
    ]);
    expect(session.refusedRequests).toEqual(['https://probe.invalid/from-worker', 'https://probe.invalid/from-page']);
    await popup.close();
  });
});
