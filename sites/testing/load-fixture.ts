// Test support: parse saved pages with happy-dom, and find ../shared/fixtures beside the repository.
// Only tests and the bench import this file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Saved real pages, shared between projects and never copied into this repository. */
export const SHARED_FIXTURES = path.resolve(REPO_ROOT, '../shared/fixtures');
/** Hand-written fixtures kept beside the adapters. */
export const LOCAL_FIXTURES = path.resolve(REPO_ROOT, 'sites/fixtures');

export const hasSharedFixtures = fs.existsSync(SHARED_FIXTURES);

/** Say once per test file why real-page tests are skipped in a plain clone. */
export function noteMissingFixtures(site: string): void {
  if (!hasSharedFixtures) console.info(`[sites/${site}] ../shared/fixtures not found: real-page tests skipped`);
}

const pages = new Map<string, Document>();

/** Parse an HTML file as a page at `url`, with scripts, styles and frames off. Cached per file and url
 * (the big X and YouTube pages take ~300 ms each): adapters only read, so tests must not mutate it. */
export function loadPage(file: string, url: string): Document {
  const cacheKey = `${file}\u0000${url}`;
  const cached = pages.get(cacheKey);
  if (cached) return cached;
  const doc = parseHtml(fs.readFileSync(file, 'utf8'), url);
  pages.set(cacheKey, doc);
  return doc;
}

export function parseHtml(html: string, url = 'https://example.com/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export const shared = (rel: string): string => path.join(SHARED_FIXTURES, rel);
export const local = (rel: string): string => path.join(LOCAL_FIXTURES, rel);
