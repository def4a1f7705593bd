import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from './linkedin';
import { loadPage, local } from './testing/load-fixture';

// No saved real LinkedIn page exists in ../shared/fixtures: these run on hand-written markup that
// follows the real-page facts in SELECTORS.md (each fixture says which).
const read = (doc: Document) => linkedinAdapter.findPosts(doc).map((el) => linkedinAdapter.readPost(el));

describe('linkedin adapter on 2022–25 markup (hand-written sites/fixtures/linkedin-feed-2024.html)', () => {
  const doc = loadPage(local('linkedin-feed-2024.html'), 'https://www.linkedin.com/feed/');
  const posts = read(doc);

  it('finds four updates (wrapper only, not the article inside) and skips the occluded shell', () => {
    expect(linkedinAdapter.feedRoot(doc)).toBeNull(); // the body: feed and profile swap in place
    expect(linkedinAdapter.findPosts(doc)).toHaveLength(4);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['Dave Founder', null, 'GrowthTool', 'Erin Reader']);
  });

  it('reads the actor, not the social-context header, and the URN permalink', () => {
    expect(posts[0]).toEqual({
      site: 'linkedin',
      key: 'linkedin:urn:li:activity:7200000000000000001',
      author: 'Dave Founder',
      text: 'I was fired today. Here is what it taught me about B2B sales 👇',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/',
      sponsored: false,
      kind: 'post',
    });
  });

  it('flags "Promoted" and keeps a reshared post out of the outer text', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, null, true, false]);
    expect(posts[3]).toMatchObject({ author: 'Erin Reader', text: 'Worth a read.' });
  });
});

describe('linkedin adapter on the 2026 feed (hand-written sites/fixtures/linkedin-feed-2026.html)', () => {
  const doc = loadPage(local('linkedin-feed-2026.html'), 'https://www.linkedin.com/feed/');
  const posts = read(doc);

  it('finds the three list items and skips the occluded one', () => {
    expect(linkedinAdapter.findPosts(doc)).toHaveLength(3);
    expect(posts[2]).toBeNull();
  });

  it('takes the author after the social-context line, has no permalink, and keys by author and text', () => {
    expect(posts[0]).toMatchObject({
      author: 'BigCo',
      text: 'We are thrilled to announce our Q3 results. Grace Hopper led the way.',
      permalink: null,
      sponsored: false,
    });
    expect(posts[0]?.key).toMatch(/^linkedin:h[0-9a-z]+$/);
    expect(posts[0]?.key).toBe(read(doc)[0]?.key); // stable across reads
  });

  it('flags the bare "Promoted" label but not the word inside post text', () => {
    expect(posts[1]).toMatchObject({ author: 'LeadGen Pro', sponsored: true });
    expect(posts[0]?.sponsored).toBe(false);
  });
});

describe('linkedin adapter on profile activity (hand-written sites/fixtures/linkedin-profile-activity-2026.html)', () => {
  it('reads the three posts and skips the three empty shells, which are not counted', () => {
    const doc = loadPage(local('linkedin-profile-activity-2026.html'), 'https://www.linkedin.com/in/nora-ops/recent-activity/all/');
    const posts = read(doc).filter((p) => p !== null);
    expect(linkedinAdapter.findPosts(doc)).toHaveLength(6);
    expect(posts.map((p) => [p.author, p.text.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['Nora Ops', 'Shipped the new on-call'],
      ['Nora Ops', 'Hiring: two SREs, remote'],
      ['Nora Ops', 'What I learned running'],
    ]);
    expect(posts[0]?.permalink).toBe('https://www.linkedin.com/feed/update/urn:li:activity:743/');
  });
});
