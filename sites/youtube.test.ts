import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, loadPage, local, noteMissingFixtures, shared } from './testing/load-fixture';
import { youtubeAdapter } from './youtube';

noteMissingFixtures('youtube');

const read = (doc: Document) => youtubeAdapter.findPosts(doc).map((el) => youtubeAdapter.readPost(el));

describe.skipIf(!hasSharedFixtures)('youtube adapter on the saved Dec 2022 watch page (ytd-* markup)', () => {
  const doc = () => loadPage(shared('youtube/watch-2022-12.html'), 'https://www.youtube.com/watch?v=srtMWzyqdp8');

  it('reads the watched video, 19 recommendations, 1 mix and 1 promoted tile (22)', () => {
    const posts = read(doc());
    expect(posts).toHaveLength(22);
    expect(posts.every((p) => p !== null)).toBe(true);
    expect(posts[0]).toEqual({
      site: 'youtube',
      key: 'youtube:srtMWzyqdp8',
      author: 'Confreaks',
      text: 'ElixirConf 2016 - Keynote by José Valim',
      permalink: 'https://www.youtube.com/watch?v=srtMWzyqdp8',
      sponsored: false,
      kind: 'video',
    });
    const recommendations = posts.filter((p) => p?.kind === 'video' && !p.key.includes(':RD')).slice(1);
    expect(recommendations).toHaveLength(19);
    expect(recommendations.slice(0, 3).map((p) => [p?.author, p?.text, p?.permalink])).toEqual([
      ['Code Sync', 'José Valim - Keynote: Announcing Broadway - ElixirConf EU 2019', 'https://www.youtube.com/watch?v=IzFmNQGzApQ'],
      ['ElixirConf', 'ElixirConf 2022 - Mark Ericksen - Going Global with a Normal Phoenix App', 'https://www.youtube.com/watch?v=_lBnAB_ClFs'],
      ['Code Sync', 'John Mertens - Lessons From Our First Trillion Messages with Flow - ElixirConf EU 2019', 'https://www.youtube.com/watch?v=t46L9RKmlNo'],
    ]);
  });

  it('flags the promoted tile as an ad and links the advertised video, not the ad redirect', () => {
    const ads = read(doc()).filter((p) => p?.sponsored);
    expect(ads).toHaveLength(1);
    expect(ads[0]).toMatchObject({
      kind: 'ad',
      author: 'belVita',
      permalink: 'https://www.youtube.com/watch?v=EIEUCR52xCo',
    });
    expect(ads[0]?.text.startsWith('Need steady energy to get through your morning?')).toBe(true);
  });

  it('reads the mix with its list id and no channel', () => {
    const mix = read(doc()).find((p) => p?.text === 'Mix - Confreaks');
    expect(mix).toMatchObject({
      author: null,
      key: 'youtube:RDCMUCWnPjmqvljcafA0z2U1fwKQ:srtMWzyqdp8',
      permalink: 'https://www.youtube.com/watch?v=srtMWzyqdp8&list=RDCMUCWnPjmqvljcafA0z2U1fwKQ',
    });
  });

  it('observes the page manager, which holds the watched video as well as the recommendations', () => {
    const root = youtubeAdapter.feedRoot(doc());
    expect(root?.id).toBe('page-manager');
    expect(youtubeAdapter.findPosts(root!)).toHaveLength(22);
  });
});

describe.skipIf(!hasSharedFixtures)('youtube adapter on the saved Jul 2025 home page (lockups, Shorts, ads)', () => {
  const doc = () => loadPage(shared('youtube/home-lockups-shorts-ads-2025-07.html'), 'https://www.youtube.com/');

  it('reads all 44 grid items: 21 videos, 18 Shorts, 4 ads and 1 mix', () => {
    const posts = read(doc()).filter((p) => p !== null);
    expect(posts).toHaveLength(44);
    expect(posts.filter((p) => p?.kind === 'ad')).toHaveLength(4);
    expect(posts.filter((p) => p?.permalink?.includes('/shorts/'))).toHaveLength(18);
    expect(posts.find((p) => p?.kind === 'ad' && p.text.startsWith('Sign Up For The Bitrefill Card'))).toBeDefined();
  });
});

describe('youtube adapter on 2025 lockup markup (hand-written sites/fixtures/youtube-*-2025.html)', () => {
  it('reads the home grid: lockup, in-feed ad, Short; skips the placeholder', () => {
    const doc = loadPage(local('youtube-home-2025.html'), 'https://www.youtube.com/');
    expect(youtubeAdapter.findPosts(youtubeAdapter.feedRoot(doc)!)).toHaveLength(4);
    const posts = read(doc);
    expect(posts).toHaveLength(4);
    expect(posts[0]).toEqual({
      site: 'youtube',
      key: 'youtube:aaaaaaaaaa1',
      author: 'Calm Channel',
      text: 'How bread rises, slowly explained',
      permalink: 'https://www.youtube.com/watch?v=aaaaaaaaaa1',
      sponsored: false,
      kind: 'video',
    });
    expect(posts[1]).toMatchObject({ kind: 'ad', sponsored: true, text: 'LAST CHANCE: 70% off everything' });
    expect(posts[2]).toMatchObject({ text: "YOU WON'T BELIEVE this trick", permalink: 'https://www.youtube.com/shorts/ccccccccc33', author: null });
    expect(posts[3]).toBeNull();
  });

  it('reads the watch page: watched video, each comment and reply on its own, and lockup recommendations', () => {
    const doc = loadPage(local('youtube-watch-2025.html'), 'https://www.youtube.com/watch?v=ddddddddd44');
    expect(youtubeAdapter.findPosts(youtubeAdapter.feedRoot(doc)!)).toHaveLength(6);
    expect(read(doc).map((p) => [p?.author, p?.text, p?.permalink])).toEqual([
      ['Sky Science', 'Why the sky is blue', 'https://www.youtube.com/watch?v=ddddddddd44'],
      ['rayleigh_fan', 'Scattering goes as the fourth power of frequency. Lovely demo.', 'https://www.youtube.com/watch?v=ddddddddd44&lc=UgxAAA111'],
      ['skyscience', 'Thanks! Part two is coming.', 'https://www.youtube.com/watch?v=ddddddddd44&lc=UgxAAA111.BBB222'],
      [undefined, undefined, undefined], // a comment not rendered yet
      ['Sky Science', 'Sunsets, measured', 'https://www.youtube.com/watch?v=eeeeeeeee55'],
      ['Physics Uni', 'Optics lectures', 'https://www.youtube.com/watch?v=fffffffff66&list=PLxyz'],
    ]);
  });
});
