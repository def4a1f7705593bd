// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Judgement } from '../model/judge';
import { DEFAULT_LABEL_MODES, type LabelModes } from '../settings/label-modes';
import type { Post, SiteAdapter } from '../sites/types';
import { startWatcher, type Judged, type WatcherDeps } from './watcher';

/** A feed of <div class="post" data-id> with a <p> of text; an empty post is a placeholder shell. */
const adapter: SiteAdapter = {
  id: 'mastodon',
  matches: () => true,
  feedRoot: (doc) => doc.querySelector('#feed'),
  findPosts: (root) => Array.from(root.querySelectorAll('.post')),
  readPost: (el): Post | null => {
    const text = el.querySelector('p')?.textContent ?? '';
    if (!text) return null;
    return { site: 'mastodon', key: `mastodon:${el.getAttribute('data-id')}`, author: 'a', text, permalink: null, sponsored: false, kind: 'post' };
  },
};

const clean: Judgement['scores'] = { ai: 0.1, outrage: 0.1, fear: 0.1, clickbait: 0.1, fomo: 0.1, scam: 0.1, engagement_bait: 0.1 };
/** Flags outrage when the text shouts, with a reason. */
function fakeJudge(text: string): Judgement {
  return /!!!/.test(text)
    ? { scores: { ...clean, outrage: 0.82 }, labels: ['outrage'], strength: { outrage: 'some' }, reasons: [{ category: 'outrage', text: 'anger words' }] }
    : { scores: clean, labels: [], strength: {}, reasons: [] };
}

function addPost(id: string, text: string): HTMLElement {
  const post = document.createElement('div');
  post.className = 'post';
  post.dataset.id = id;
  const p = document.createElement('p');
  p.textContent = text;
  const rest = document.createElement('div');
  rest.textContent = 'actions';
  post.append(p, rest);
  document.querySelector('#feed')!.append(post);
  return post;
}

const badgeText = (post: Element) => post.querySelector('realign-badge')?.shadowRoot?.textContent ?? null;

describe('feed watcher', () => {
  let modes: LabelModes;
  let tone: 'light' | 'dark';
  let judge: ReturnType<typeof vi.fn<(text: string) => Judgement>>;
  let watcher: ReturnType<typeof startWatcher>;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  /** happy-dom draws no frames: a "frame" here is the next task. */
  const depsFor = (siteAdapter: SiteAdapter): WatcherDeps => ({
    adapter: siteAdapter,
    document,
    judge,
    modes: () => modes,
    tone: () => tone,
    isPaused: () => false,
    onJudged: () => {},
    onNotHelpful: () => {},
    now: () => performance.now(),
    nextFrame: (handler) => void setTimeout(handler, 0),
  });
  beforeEach(() => {
    document.body.innerHTML = '<main id="feed"></main>';
    modes = { ...DEFAULT_LABEL_MODES };
    tone = 'light';
    judge = vi.fn(fakeJudge);
    watcher = startWatcher(depsFor(adapter));
  });
  afterEach(() => watcher.stop());

  it('marks every post with its labels or "clean", and labels the flagged one with why and how sure', async () => {
    const calm = addPost('1', 'A quiet walk by the lake.');
    const loud = addPost('2', 'They lied to you again!!!');
    await settle();
    expect(calm.getAttribute('data-realign')).toBe('clean');
    expect(loud.getAttribute('data-realign')).toBe('outrage');
    expect(badgeText(calm)).toBeNull();
    expect(badgeText(loud)).toContain('Outrage · anger words · some signs');
  });

  it('judges a post once, even when the site re-renders inside it', async () => {
    const post = addPost('1', 'They lied to you again!!!');
    await settle();
    post.querySelector('div')!.append(document.createElement('span'));
    await settle();
    expect(judge).toHaveBeenCalledTimes(1);
    expect(post.querySelectorAll('realign-badge')).toHaveLength(1);
  });

  it('waits for an empty placeholder to be filled, then judges it', async () => {
    const shell = document.createElement('div');
    shell.className = 'post';
    shell.dataset.id = '9';
    document.querySelector('#feed')!.append(shell);
    await settle();
    expect(shell.hasAttribute('data-realign')).toBe(false);
    const before = watcher.readCount();
    const p = document.createElement('p');
    p.textContent = 'Filled in later!!!';
    shell.append(p);
    await settle();
    expect(shell.getAttribute('data-realign')).toBe('outrage');
    // The health check's count: a shell is no post until it is filled.
    expect(watcher.readCount()).toBe(before + 1);
  });

  it('judges again when the site recycles a container for another post', async () => {
    const post = addPost('1', 'A quiet walk by the lake.');
    await settle();
    post.dataset.id = '2';
    post.querySelector('p')!.textContent = 'Now this one shouts!!!';
    await settle();
    expect(post.getAttribute('data-realign')).toBe('outrage');
  });

  it('blurs or hides per the settings, reversibly, and applies a change without judging again', async () => {
    const post = addPost('1', 'They lied to you again!!!');
    await settle();
    const body = post.querySelector('p')!;
    expect(body.style.getPropertyValue('filter')).toBe('');
    modes = { ...modes, outrage: 'blur' };
    watcher.refresh();
    await settle();
    expect(body.style.getPropertyValue('filter')).toBe('blur(9px)');
    modes = { ...modes, outrage: 'hide' };
    watcher.refresh();
    await settle();
    expect(body.style.getPropertyValue('display')).toBe('none');
    expect(body.style.getPropertyValue('filter')).toBe('');
    modes = { ...modes, outrage: 'off' };
    watcher.refresh();
    await settle();
    expect(body.getAttribute('style') ?? '').toBe('');
    expect(post.querySelector('realign-badge')).toBeNull();
    expect(post.getAttribute('data-realign')).toBe('outrage');
    expect(judge).toHaveBeenCalledTimes(1);
  });

  it('uncovers a blurred post when the person asks, and covers it again', async () => {
    modes = { ...modes, outrage: 'blur' };
    const post = addPost('1', 'They lied to you again!!!');
    await settle();
    const reveal = post.querySelector('realign-badge')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="reveal"]')!;
    expect(reveal.textContent).toBe('Show post');
    reveal.click();
    expect(post.querySelector('p')!.style.getPropertyValue('filter')).toBe('');
    const again = post.querySelector('realign-badge')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="reveal"]')!;
    expect(again.textContent).toBe('Cover again');
    again.click();
    expect(post.querySelector('p')!.style.getPropertyValue('filter')).toBe('blur(9px)');
  });

  it("puts the label right after the post's text when the adapter names it, and covers the rest", async () => {
    watcher.stop();
    modes = { ...modes, outrage: 'blur' };
    watcher = startWatcher(depsFor({ ...adapter, labelAnchor: (el) => el.querySelector('p') }));
    const post = addPost('1', 'They lied to you again!!!');
    await settle();
    expect(post.querySelector('p')!.nextElementSibling?.localName).toBe('realign-badge');
    expect(post.querySelector('p')!.style.getPropertyValue('filter')).toBe('blur(9px)');
    expect(post.querySelector<HTMLElement>('p + realign-badge + div')!.style.getPropertyValue('filter')).toBe('blur(9px)');
  });

  it("draws labels in the feed's own theme and follows a switch without judging again", async () => {
    tone = 'dark';
    const loud = addPost('1', 'This is an OUTRAGE!!!');
    await settle();
    const box = () => loud.querySelector('realign-badge')!.shadowRoot!.querySelector('.badge')!;
    expect(box().classList.contains('badge--dark')).toBe(true);
    tone = 'light';
    watcher.refresh();
    await settle();
    expect(box().classList.contains('badge--dark')).toBe(false);
    expect(judge).toHaveBeenCalledTimes(1);
  });

  it('never inserts post text as markup', async () => {
    const post = addPost('1', '<img src=x onerror=alert(1)> <script>alert(2)</script>!!!');
    await settle();
    expect(post.getAttribute('data-realign')).toBe('outrage');
    expect(post.querySelector('realign-badge')!.shadowRoot!.querySelector('img, script')).toBeNull();
  });

  it('takes a burst of 500 posts in slices and judges them all', async () => {
    for (let i = 0; i < 500; i++) addPost(String(i), i % 10 === 0 ? `Post ${i}!!!` : `Post ${i}`);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-realign]')).toHaveLength(500), { timeout: 10_000 });
    expect(document.querySelectorAll('[data-realign="outrage"]')).toHaveLength(50);
  });

  it('removes every label and mark when stopped', async () => {
    const post = addPost('1', 'They lied to you again!!!');
    await settle();
    watcher.stop();
    expect(post.hasAttribute('data-realign')).toBe(false);
    expect(post.querySelector('realign-badge')).toBeNull();
  });

  it("labels a post the platform marks as AI-made with the platform's words, whatever the model's score", async () => {
    watcher.stop();
    // The mark is read into the post as define-adapter.ts does (sites/provenance.ts).
    const marked: SiteAdapter = {
      ...adapter,
      id: 'youtube',
      readPost: (el) => {
        const post = adapter.readPost(el);
        return post && el.hasAttribute('data-synthetic') ? { ...post, provenance: { source: 'youtube', says: 'altered-or-synthetic' } } : post;
      },
    };
    const judged = new Map<string, Judged>();
    watcher = startWatcher({ ...depsFor(marked), onJudged: (_el, post) => judged.set(post.post.key, post) });
    const calm = addPost('1', 'A quiet walk by the lake.');
    calm.setAttribute('data-synthetic', '');
    const loud = addPost('2', 'They lied to you again!!!');
    loud.setAttribute('data-synthetic', '');
    const plain = addPost('3', 'Another quiet walk.');
    await settle();
    expect(calm.getAttribute('data-realign')).toBe('ai');
    expect(badgeText(calm)).toContain('Likely AI · YouTube marks this as altered or synthetic');
    expect(badgeText(calm)).not.toContain('10%');
    expect(loud.getAttribute('data-realign')).toBe('ai,outrage');
    expect(badgeText(loud)).toContain('Outrage · anger words · some signs');
    expect(judged.get('mastodon:1')?.judgement.reasons[0]).toEqual({ category: 'ai', text: 'YouTube marks this as altered or synthetic' });
    expect(plain.getAttribute('data-realign')).toBe('clean');

    // A mark that appears after the post was judged (YouTube fills the description late) is read then.
    plain.setAttribute('data-synthetic', '');
    plain.querySelector('div')!.append(document.createElement('span'));
    await settle();
    expect(plain.getAttribute('data-realign')).toBe('ai');

    // The person's choice still rules: with the AI label off, the mark shows nothing.
    modes = { ...modes, ai: 'off' };
    watcher.refresh();
    await settle();
    expect(badgeText(calm)).toBeNull();
  });
});
