import { describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import { hasSharedFixtures, loadPage, noteMissingFixtures, shared } from './testing/load-fixture';
import { REAL_PAGES } from './testing/real-pages';

noteMissingFixtures('real-pages');

// Every saved real page, read as the watcher's first pass reads it: the feed root (or the body),
// findPosts, readPost. Per-site tests look closer at the same pages; this one holds the counts the
// end-to-end test checks in Chromium.
describe.skipIf(!hasSharedFixtures)('adapters on the saved real pages in ../shared/fixtures', () => {
  for (const page of REAL_PAGES) {
    it(`${page.site} ${page.kind}: ${page.posts} posts in ${page.file} (${page.note})`, () => {
      const doc = loadPage(shared(page.file), page.url);
      const adapter = adapterFor(new URL(page.url));
      expect(adapter?.id).toBe(page.site);
      const posts = adapter!.findPosts(adapter!.feedRoot(doc) ?? doc.body).map((el) => adapter!.readPost(el)).filter((p) => p !== null);
      expect(posts).toHaveLength(page.posts);
      const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
      expect(posts.slice(0, page.first.length).map((p, i) => [p.author, firstWords(p.text, page.first[i]![1].split(' ').length)])).toEqual(
        page.first,
      );
    });
  }
});
