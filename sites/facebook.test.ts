import { describe, expect, it } from 'vitest';
import { facebookAdapter } from './facebook';
import { hasSharedFixtures, loadPage, local, noteMissingFixtures, shared } from './testing/load-fixture';

noteMissingFixtures('facebook');

const read = (doc: Document) => facebookAdapter.findPosts(doc).map((el) => facebookAdapter.readPost(el));
const page = (name: string) => loadPage(shared(`facebook/${name}`), 'https://www.facebook.com/');

describe.skipIf(!hasSharedFixtures)('facebook adapter on saved 2018 News Feed stories', () => {
  it('reads the organic ProPublica story, not sponsored', () => {
    const posts = read(page('legacy-2018-timeline.html'));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      key: 'facebook:10156364348124445',
      author: 'ProPublica',
      permalink: 'https://www.facebook.com/propublica/posts/10156364348124445',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[0]?.text.startsWith('National Park Service officials have deleted every mention of humans’ role')).toBe(true);
  });

  it('flags the three ads, including the letter-soup "SpSonSsoSredS" label with no plain copy', () => {
    const adFiles = ['legacy-2018-timeline-ad.html', 'legacy-2018-paid-for-timeline-ad.html', 'legacy-2018-two-class-timeline-ad.html'];
    const ads = adFiles.map((f) => read(page(f)));
    expect(ads.map((posts) => posts.length)).toEqual([1, 1, 1]);
    expect(ads.map((posts) => posts[0]?.sponsored)).toEqual([true, true, true]);
    expect(ads.map((posts) => posts[0]?.author)).toEqual(['Nationwide', 'JB Pritzker', 'Article']);
    expect(ads[0]?.[0]).toMatchObject({
      text: 'Leslie Odom Jr. and his band have a new song for all your sides. Turn up the volume. 🔊',
      permalink: 'https://www.facebook.com/nationwide/videos/10156287143032002/',
    });
    expect(ads[2]?.[0]?.permalink).toBe('https://www.facebook.com/article/posts/1593434664090769');
  });

  it('skips the social-context line ("… and 5 others like JB Pritzker.") and the empty outer message', () => {
    const [post] = read(page('legacy-2018-paid-for-timeline-ad.html'));
    expect(post).toMatchObject({
      author: 'JB Pritzker',
      text: "It’s time for a change in Illinois. Join us, and together, let's beat Bruce Rauner in November.",
      permalink: 'https://www.facebook.com/jbpritzker/videos/10155207200830194/',
    });
  });
});

describe('facebook adapter on the 2025 home, with no role=feed (hand-written sites/fixtures/facebook-feed-2025.html)', () => {
  const doc = loadPage(local('facebook-feed-2025.html'), 'https://www.facebook.com/');
  const posts = read(doc);

  it('observes the body and finds the six stories but not the comments (also role=article), skipping the emptied shell', () => {
    expect(facebookAdapter.feedRoot(doc)).toBeNull();
    expect(facebookAdapter.findPosts(doc)).toHaveLength(6);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['Quiet Garden', 'Ann Writer', 'MegaStore', 'CoinMax', 'Sam Sharer', null]);
  });

  it("reads the post's own message, never its comments or a shared post's text", () => {
    expect(posts[0]).toEqual({
      site: 'facebook',
      key: 'facebook:pfbid02AbCd123',
      author: 'Quiet Garden',
      text: 'Tomatoes are in. Come by on Saturday!',
      permalink: 'https://www.facebook.com/quiet.garden/posts/pfbid02AbCd123',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[4]).toMatchObject({ text: 'Look at this.', permalink: 'https://www.facebook.com/sharer.sam/posts/9001' });
    expect(posts[1]?.permalink).toBe('https://www.facebook.com/permalink.php?story_fbid=777&id=100001');
  });

  it('flags letter-soup and aria-labelledby "Sponsored" labels, not the word in a post', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, false, true, true, false, null]);
    expect(posts[2]?.key).toMatch(/^facebook:h[0-9a-z]+$/); // no permalink: hashed author+text
  });
});

describe('facebook adapter on a profile and a group (hand-written sites/fixtures/facebook-profile-2024.html, facebook-group-2025.html)', () => {
  it('reads the profile timeline: two posts, not the intro card', () => {
    const posts = read(loadPage(local('facebook-profile-2024.html'), 'https://www.facebook.com/quiet.garden'));
    expect(posts.map((p) => [p?.author, p?.text, p?.permalink])).toEqual([
      ['Quiet Garden', 'Seed swap this weekend. Bring what you saved.', 'https://www.facebook.com/quiet.garden/posts/pfbid0Prof111'],
      ['Quiet Garden', 'Volunteers needed for the new beds.', 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Prof222&id=100064'],
    ]);
  });

  it('reads the group post, not its comment', () => {
    const posts = read(loadPage(local('facebook-group-2025.html'), 'https://www.facebook.com/groups/localbakers/'));
    expect(posts).toEqual([
      {
        site: 'facebook',
        key: 'facebook:4455667788',
        author: 'Rita Rye',
        text: 'Anyone selling a used proofing basket?',
        permalink: 'https://www.facebook.com/groups/localbakers/posts/4455667788/',
        sponsored: false,
        kind: 'post',
      },
    ]);
  });
});
