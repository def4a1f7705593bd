/**
 * The feed watcher: finds posts as the feed renders them, judges each once, labels it in place.
 *
 *   MutationObserver(feed root) ── only queues ──▶ pass at the next frame, in slices of ≤ 4 ms:
 *     read:  posts inside the added nodes, and posts (or empty shells) something changed inside
 *            → adapter.readPost → judge(text), cached by post key
 *     write: data-realign="<labels|clean>" → badge / blur / hide → seen tracker observes
 *
 * Reads and writes never interleave within a slice (a write-then-read pair forces a layout).
 * A pass runs just before the browser's next frame (requestAnimationFrame), so the labels join
 * the layout and paint the new posts cost anyway, instead of a second frame of their own.
 * Only the first pass searches the whole feed; later passes search just what was added, so an
 * endless feed costs the same per post at its 1,000th post as at its first.
 * The 4 ms slice follows uBlock Origin's mutation processing: short enough that a burst of
 * posts never becomes a long task; what is left waits for the following frame.
 */
import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import { strongestMode, type LabelModes } from '../settings/label-modes';
import type { Post, SiteAdapter } from '../sites/types';
import { BADGE_TAG } from './badge';
import type { Tone } from './page-tone';
import { createPostLabel, type PostLabel } from './post-label';
import { isSameProvenance, withProvenance } from './provenance-label';

const SLICE_MS = 4;
/** Judgements kept for posts that scroll away and come back (X re-renders them). */
const CACHE_LIMIT = 3_000;
/** How far up from a changed node to look for the post it belongs to. */
const ANCESTOR_DEPTH = 30;

export interface Judged {
  post: Post;
  judgement: Judgement;
}

export interface WatcherDeps {
  adapter: SiteAdapter;
  document: Document;
  judge(text: string): Judgement;
  modes(): LabelModes;
  /** The feed's own theme, which the labels match (feed/page-tone.ts). */
  tone(): Tone;
  /** Labels are paused (the popup's "pause for 15 minutes"): judge and mark, but show nothing. */
  isPaused(): boolean;
  onJudged(el: Element, judged: Judged): void;
  onNotHelpful(judged: Judged, category: Category): void;
  now(): number;
  /** Runs `handler` just before the next frame is drawn (or soon, in a tab that draws none). */
  nextFrame(handler: () => void): void;
}

interface Handled {
  key: string;
  judged: Judged;
  label: PostLabel | null;
}

export function startWatcher(deps: WatcherDeps) {
  const { adapter, document: doc } = deps;
  const root: ParentNode = adapter.feedRoot(doc) ?? doc.body;
  const handled = new Map<Element, Handled>();
  /** Containers that were empty placeholders when read: read again when something fills them. */
  const shells = new WeakSet<Element>();
  const cache = new Map<string, Judged>();
  const touched: Node[] = [];
  const added: Element[] = [];
  /** Posts read with text or an author, each container and post once (the feed health check). */
  let readCount = 0;
  let isFirstPass = true;
  let isScheduled = false;
  let isStopped = false;
  let refreshAll = false;

  const schedule = () => {
    if (isScheduled || isStopped) return;
    isScheduled = true;
    deps.nextFrame(runPass);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwnMutation(record)) continue;
      touched.push(record.target);
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) added.push(node as Element);
    }
    if (touched.length > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });

  function runPass() {
    isScheduled = false;
    if (isStopped) return;
    const force = refreshAll;
    refreshAll = false;
    const candidates = new Set<Element>(force ? handled.keys() : []);
    for (const el of findChangedPosts()) candidates.add(el);
    const searchRoots = isFirstPass ? [root] : added.splice(0).filter((el) => el.isConnected);
    isFirstPass = false;
    added.length = 0;
    for (const searchRoot of searchRoots) {
      for (const el of adapter.findPosts(searchRoot)) if (!handled.has(el)) candidates.add(el);
    }
    forgetDetached();
    processSlices([...candidates], 0, force);
  }

  /** Posts and shells that something inside changed: X and LinkedIn fill or recycle a container in place. */
  function findChangedPosts(): Set<Element> {
    const changed = new Set<Element>();
    for (const node of touched.splice(0)) {
      let el: Node | null = node;
      for (let depth = 0; el && el !== root && depth < ANCESTOR_DEPTH; depth++, el = el.parentNode) {
        if (handled.has(el as Element) || shells.has(el as Element)) {
          changed.add(el as Element);
          break;
        }
      }
    }
    return changed;
  }

  function processSlices(candidates: Element[], start: number, force: boolean) {
    const deadline = deps.now() + SLICE_MS;
    const batch: [Element, Judged][] = [];
    let i = start;
    // Read phase: DOM reads and model work only.
    for (; i < candidates.length && (batch.length === 0 || deps.now() < deadline); i++) {
      const el = candidates[i]!;
      const post = adapter.readPost(el);
      if (!post) {
        shells.add(el); // an empty placeholder: read again when the site fills it
        continue;
      }
      shells.delete(el);
      const previous = handled.get(el);
      if (previous && !force && previous.key === post.key && isSamePost(previous.judged.post, post)) continue;
      batch.push([el, judgePost(post)]);
    }
    // Write phase: attributes and labels only.
    for (const [el, judged] of batch) writeLabel(el, judged);
    if (i < candidates.length) deps.nextFrame(() => processSlices(candidates, i, force));
  }

  function judgePost(post: Post): Judged {
    const cached = cache.get(post.key);
    if (cached && isSamePost(cached.post, post)) return cached;
    // A platform's own AI mark puts the `ai` label on, whatever the model's score (feed/provenance-label.ts).
    const judged = { post, judgement: withProvenance(deps.judge(post.text), post.provenance) };
    cache.set(post.key, judged);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return judged;
  }

  function writeLabel(el: Element, judged: Judged) {
    const previous = handled.get(el);
    el.setAttribute('data-realign', judged.judgement.labels.join(',') || 'clean');
    const modes = deps.modes();
    const shown = deps.isPaused() ? [] : judged.judgement.labels.filter((category) => modes[category] !== 'off');
    if (previous?.key !== judged.post.key && (judged.post.text !== '' || judged.post.author !== null)) readCount++;
    const entry: Handled = { key: judged.post.key, judged, label: previous?.label ?? null };
    handled.set(el, entry);
    if (shown.length === 0) {
      entry.label?.remove();
      entry.label = null;
    } else {
      entry.label ??= createPostLabel(el, adapter.labelAnchor?.(el) ?? null, (category) =>
        deps.onNotHelpful(entry.judged, category),
      );
      const look = { mode: strongestMode(modes, shown), tone: deps.tone(), provenance: judged.post.provenance, author: judged.post.author };
      entry.label.show(judged.judgement, shown, look, previous?.key === judged.post.key);
    }
    deps.onJudged(el, judged);
  }

  function forgetDetached() {
    // Infinite feeds drop posts that scrolled far away; let them go.
    if (handled.size < 500) return;
    for (const el of handled.keys()) if (!el.isConnected) handled.delete(el);
  }

  schedule();

  return {
    /** How many posts with text or an author have been read on the page so far; only grows (the feed health check). */
    readCount: (): number => readCount,
    /** Re-applies labels after a settings or theme change; judges again only when the thresholds moved. */
    refresh(shouldRejudge = false): void {
      if (shouldRejudge) cache.clear();
      refreshAll = true;
      schedule();
    },
    stop(): void {
      isStopped = true;
      observer.disconnect();
      for (const [el, entry] of handled) {
        entry.label?.remove();
        el.removeAttribute('data-realign');
      }
      handled.clear();
    },
  };
}

const BADGE_NODE_NAME = BADGE_TAG.toUpperCase();

/** The same text and the same platform mark: nothing to judge again. */
function isSamePost(a: Post, b: Post): boolean {
  return a.text === b.text && isSameProvenance(a.provenance, b.provenance);
}

/** Our own badge going in or out is not a change to the post. No arrays: this runs per record. */
function isOwnMutation(record: MutationRecord): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (addedNodes[i]!.nodeName !== BADGE_NODE_NAME) return false;
  for (let i = 0; i < removedNodes.length; i++) if (removedNodes[i]!.nodeName !== BADGE_NODE_NAME) return false;
  return true;
}
