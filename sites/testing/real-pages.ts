// The saved real pages in ../shared/fixtures, each with the address it is served at and what a person
// sees on it: how many posts Realign should read (and the watcher mark), and the first few authors and
// opening words. The adapters' unit tests (sites/real-pages.test.ts), the end-to-end check of marked
// counts (e2e/real-pages.e2e.ts) and the count printer (sites/testing/count-real-pages.ts) all read
// this one list, so a new saved page is one entry here.
import type { SiteId } from '../types';

export interface RealPage {
  /** Path under ../shared/fixtures. */
  file: string;
  /** The real address it was saved from (or one of the same page kind). */
  url: string;
  site: SiteId;
  /** Page kind, in the words: home, profile, thread, single post, watch, search… */
  kind: string;
  /** Posts read (non-null readPost) from the feed root, or the body: what the watcher marks. */
  posts: number;
  /** The first posts' authors and first words, in page order. */
  first: ReadonlyArray<readonly [author: string | null, words: string]>;
  /** What the count is made of, from ../shared/fixtures/README.md. */
  note: string;
}

export const REAL_PAGES: readonly RealPage[] = [
  {
    file: 'x/home-timeline-2025-11.html',
    url: 'https://x.com/home',
    site: 'x',
    kind: 'home',
    posts: 20,
    first: [['will__price', 'hearooors undefeated, GTE chain confirmed'], ['kevinafischer', 'One fascinating difference between Claude'], ['hasufl', 'As long as HL pre']],
    note: '20 article[data-testid="tweet"] in 21 cells; quoted tweets are part of their tweet',
  },
  { file: 'x/tweet-2025-10.html', url: 'https://x.com/home', site: 'x', kind: 'home (one cell)', posts: 1, first: [['TestUser123', "Democrat Shutdown Jeopardizes America's Skies"]], note: '1 tweet' },
  { file: 'x/tweet-quote-2025-10.html', url: 'https://x.com/home', site: 'x', kind: 'home (quote)', posts: 1, first: [['TestQuoter', 'This is a quote tweet']], note: '1 outer tweet, its quote inside' },
  { file: 'x/tweet-quote-video-2025-10.html', url: 'https://x.com/home', site: 'x', kind: 'home (quote with video)', posts: 1, first: [['QuotingUser', 'How to share Example.com links']], note: '1 outer tweet, its quote inside' },
  { file: 'x/article-status-2026-02.html', url: 'https://x.com/arscontexta/status/2013045749580259680', site: 'x', kind: 'single post (X Article)', posts: 1, first: [['arscontexta', 'obsidian + claude code 101']], note: '1 focal post' },
  {
    file: 'hackernews/front-2026-04-26.html',
    url: 'https://news.ycombinator.com/',
    site: 'hackernews',
    kind: 'front page',
    posts: 30,
    first: [['milkglass', 'The West Forgot How to'], ['pr337h4m', 'Amateur armed with ChatGPT solves'], ['chiefalchemist', 'Why has there been so']],
    note: '30 stories, one a YC job post with no user or score',
  },
  {
    file: 'youtube/watch-2022-12.html',
    url: 'https://www.youtube.com/watch?v=srtMWzyqdp8',
    site: 'youtube',
    kind: 'watch',
    posts: 22,
    first: [['Confreaks', 'ElixirConf 2016 - Keynote by'], ['belVita', 'Need steady energy to get'], ['Code Sync', 'José Valim - Keynote: Announcing']],
    note: 'the watched video, 19 recommendations, 1 mix, 1 promoted tile',
  },
  {
    file: 'youtube/home-lockups-shorts-ads-2025-07.html',
    url: 'https://www.youtube.com/',
    site: 'youtube',
    kind: 'home',
    posts: 44,
    first: [['Roam', 'AI-Powered Office of the Future'], ['НЕДОХАКЕРЫ Lite', 'СКАЧАЛ ОЧЕНЬ СТРАШНЫЙ ЛАУНЧЕР МАЙНКРАФТ!'], [null, 'Почему программисты выбирают Windows? #программирование']],
    note: '21 videos, 18 Shorts in 2 shelves, 4 ads, 1 mix',
  },
  {
    file: 'reddit/old-reddit-comments-2025-01.html',
    url: 'https://old.reddit.com/r/cats/comments/1hfdkuc/discussion_thread_7_chat_discuss_anything_about/',
    site: 'old-reddit',
    kind: 'comment thread',
    posts: 178,
    first: [['AutoModerator', 'Discussion Thread #7 - Chat'], ['TK9K', 'I was wondering if there'], ['redittBott', "I'd be happy to generate"]],
    note: '1 submission + 177 comments with a body (3 [deleted]/[removed] tombstones are not read)',
  },
  ...(
    [
      ['legacy-2018-timeline.html', 'ProPublica', 'National Park Service officials have'],
      ['legacy-2018-timeline-ad.html', 'Nationwide', 'Leslie Odom Jr. and his'],
      ['legacy-2018-paid-for-timeline-ad.html', 'JB Pritzker', 'It’s time for a change'],
      ['legacy-2018-two-class-timeline-ad.html', 'Article', '"Did I mention the softest'],
    ] as const
  ).map(
    ([name, author, words]): RealPage => ({
      file: `facebook/${name}`,
      url: 'https://www.facebook.com/',
      site: 'facebook',
      kind: 'home (2018 story)',
      posts: 1,
      first: [[author, words]],
      note: '1 News Feed story',
    }),
  ),
];
