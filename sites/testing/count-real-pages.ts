// Prints, for every saved real page, the posts the adapter reads against the posts the page has:
//   npx tsx sites/testing/count-real-pages.ts
// It reads them as the watcher's first pass does (findPosts on the feed root, or the body; readPost),
// in happy-dom. The marked counts in Chromium come from `npx vitest run --config vitest.e2e.config.ts
// e2e/real-pages.e2e.ts`.
import { adapterFor } from '../index';
import { hasSharedFixtures, loadPage, shared } from './load-fixture';
import { REAL_PAGES } from './real-pages';

if (!hasSharedFixtures) {
  console.info('../shared/fixtures not found: nothing to count');
  process.exit(0);
}
let found = 0;
let expected = 0;
for (const page of REAL_PAGES) {
  const doc = loadPage(shared(page.file), page.url);
  const adapter = adapterFor(new URL(page.url))!;
  const root = adapter.feedRoot(doc) ?? doc.body;
  const read = adapter.findPosts(root).filter((el) => adapter.readPost(el) !== null).length;
  found += read;
  expected += page.posts;
  const mark = read === page.posts ? ' ' : '!';
  console.log(`${mark} ${adapter.id.padEnd(11)} ${page.kind.padEnd(26)} ${String(read).padStart(4)} / ${String(page.posts).padEnd(4)} ${page.file}`);
}
console.log(`  all${' '.repeat(35)} ${String(found).padStart(4)} / ${expected}`);
