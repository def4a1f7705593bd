/**
 * The built extension on every saved real page in ../shared/fixtures, each served at its real
 * address: the watcher must mark (data-realign) exactly the posts the page shows, as listed in
 * sites/testing/real-pages.ts. Skips, with one note, where ../shared is absent.
 *
 *   serve(real URL, saved page) ─▶ open ─▶ wait for ≥ n marked ─▶ settle ─▶ exactly n marked
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { sharedFixture } from '../harness/fixtures';
import { REAL_PAGES } from '../sites/testing/real-pages';

const pages = REAL_PAGES.map((page) => ({ ...page, path: sharedFixture(page.file) }));
const hasPages = pages.every((page) => page.path !== null);

/**
 * Sites with no saved page here: the hand-written fixtures that follow SELECTORS.md's real-page facts
 * (sites/fixtures), at their real addresses, so the page kinds that failed on real pages (Threads
 * profile, TikTok profile, Instagram post page and modal, Reddit search, LinkedIn shells, Facebook
 * without role=feed) are checked through the built extension too.
 */
const HAND_WRITTEN = [
  { file: 'threads-profile.html', url: 'https://www.threads.com/@mia', posts: 2 },
  { file: 'threads-post.html', url: 'https://www.threads.com/@mia/post/DAbc111', posts: 3 },
  { file: 'tiktok-profile.html', url: 'https://www.tiktok.com/@bakerbee', posts: 2 },
  { file: 'tiktok-profile-no-caption.html', url: 'https://www.tiktok.com/@quickloans', posts: 2 },
  { file: 'instagram-post-page.html', url: 'https://www.instagram.com/p/C0dePost1/', posts: 1 },
  { file: 'instagram-post-modal.html', url: 'https://www.instagram.com/p/Mod4l99/', posts: 2 },
  { file: 'reddit-search.html', url: 'https://www.reddit.com/search/?q=bread', posts: 3 },
  { file: 'reddit-comments.html', url: 'https://www.reddit.com/r/Breadit/comments/abc123/why_is_my_sourdough_flat/', posts: 5 },
  { file: 'facebook-feed-2025.html', url: 'https://www.facebook.com/', posts: 5 },
  { file: 'linkedin-profile-activity-2026.html', url: 'https://www.linkedin.com/in/nora-ops/recent-activity/all/', posts: 3 },
  { file: 'bluesky-profile.html', url: 'https://bsky.app/profile/alice.bsky.social', posts: 3 },
  { file: 'mastodon-profile.html', url: 'https://mastodon.social/@ann', posts: 2 },
];

describe.skipIf(!hasPages)('marked posts on the saved real pages, served at their real addresses', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const page of pages) {
    it(`${page.site} ${page.kind}: marks ${page.posts} in ${page.file}`, async () => {
      // Several pages share an address (x.com/home, facebook.com/): the latest serve() answers it.
      await session.serve(page.url, { file: page.path! });
      const tab = await session.context.newPage();
      await tab.goto(page.url);
      const marked = () => tab.evaluate(() => document.querySelectorAll('[data-realign]').length);
      await expect.poll(marked, { timeout: 20_000 }).toBeGreaterThanOrEqual(page.posts);
      await tab.waitForTimeout(500); // any later pass would mark more than the page has
      expect(await marked()).toBe(page.posts);
      await tab.close();
    });
  }
});

describe('marked posts on the hand-written fixtures of sites with no saved page, at their real addresses', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const page of HAND_WRITTEN) {
    it(`marks ${page.posts} in sites/fixtures/${page.file} at ${page.url}`, async () => {
      await session.serve(page.url, { file: join(REPO_ROOT, 'sites', 'fixtures', page.file) });
      const tab = await session.context.newPage();
      await tab.goto(page.url);
      const marked = () => tab.evaluate(() => document.querySelectorAll('[data-realign]').length);
      await expect.poll(marked, { timeout: 20_000 }).toBeGreaterThanOrEqual(page.posts);
      await tab.waitForTimeout(500);
      expect(await marked()).toBe(page.posts);
      await tab.close();
    });
  }
});
