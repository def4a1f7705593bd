/**
 * The platforms' own marks that a post is AI-made, read from the post's markup, one small reader
 * per site. define-adapter.ts puts what they find on the Post (`provenance`); the feed then shows
 * the `ai` label with that reason, whatever the model's score (feed/provenance-label.ts).
 *
 * Where each reader's markup comes from (no saved page in ../shared/fixtures shows any of these marks,
 * so each is tested on a small fixture in provenance.test.ts that says what it assumes):
 * - YouTube: the watch page's "How this content was made" section is a
 *   `how-this-was-made-section-view-model`; its "Learn more" link goes to Help Center answer
 *   15447836 for altered or synthetic content (15446725 is "captured with a camera", 15569972
 *   auto-dubbed audio), which names the kind in every language. Tiles and Shorts carry a
 *   `badge-shape` whose aria-label is "AI: Altered or synthetic content" / "AI: Content was made with AI".
 *   Both as used by public AI-filter extensions and extractors in 2025-26 (found through code search).
 * - TikTok: the label reads "Creator labeled as AI-generated", or "AI-generated" /
 *   "Contains AI-generated media" when TikTok applied it (TikTok's posting API docs and scrapers that
 *   match the visible text). No stable attribute known: matched as a short text of its own, English only.
 * - Meta (Facebook, Instagram, Threads): "AI info" since July 2024, earlier "Made with AI", and
 *   "Imagined with AI" on Meta AI images (Meta's announcements). No stable attribute known: as TikTok.
 * - X: a Community Note is `[data-testid="birdwatch-pivot"]` inside the tweet (used by translation and
 *   note extensions); counted only when its words say the media is AI-made.
 * - Bluesky: a labeler's label on a post is a pill button whose accessible name is the label's
 *   name (social-app src/components/moderation/PostAlerts.tsx → Pills.Label, `label={desc.name}`);
 *   counted when that name speaks of AI.
 *
 * Each reader is a selector query or two inside the post, or a text search only once the post's
 * text holds the words: a feed post with no mark costs about one querySelector.
 */
import type { Provenance, ProvenanceClaim, SiteId } from './types';

type Reader = (el: Element) => Omit<Provenance, 'source'> | null;

const YOUTUBE_MARKS = [
  'a[href*="support.google.com/youtube/answer/15447836"]',
  'how-this-was-made-section-view-model',
  'badge-shape[aria-label]',
].join(', ');
const YOUTUBE_AI_WORDS = /^AI\s*[:：]|altered or synthetic|made with AI/i;

function readYouTube(el: Element): Omit<Provenance, 'source'> | null {
  for (const mark of Array.from(el.querySelectorAll(YOUTUBE_MARKS))) {
    const words = mark.localName === 'a' ? 'altered or synthetic' : (mark.getAttribute('aria-label') ?? mark.textContent ?? '');
    if (YOUTUBE_AI_WORDS.test(words)) return { says: 'altered-or-synthetic' };
  }
  return null;
}

/**
 * A mark shown as words of its own: the post's text must hold one of the phrases, and some element
 * of the post must say exactly that phrase (so a caption that mentions "AI info" is not a mark).
 */
function shortTextReader(phrases: readonly string[], says: ProvenanceClaim): Reader {
  const exact = new Set(phrases.map((p) => p.toLowerCase()));
  return (el) => {
    const text = el.textContent ?? '';
    if (!phrases.some((phrase) => text.includes(phrase))) return null;
    for (const candidate of Array.from(el.querySelectorAll('span, a, div, p, button'))) {
      const own = candidate.textContent ?? '';
      if (own.length <= 40 && exact.has(own.trim().toLowerCase())) return { says };
    }
    return null;
  };
}

const TIKTOK_PHRASES = ['Creator labeled as AI-generated', 'AI-generated', 'Contains AI-generated media'];
const META_PHRASES = ['AI info', 'Made with AI', 'Imagined with AI'];

/** A Community Note that says the media is AI-made, not one that merely mentions AI. */
const NOTE_SAYS_AI =
  /\b(AI|A\.I\.)[- ](generated|made|created|altered|edited|image|video|photo|picture)\b|\b(generated|created|made|altered|edited|produced)\s+(by|with|using)\s+(an?\s+)?(AI|A\.I\.|artificial intelligence|generative)\b|\bdeep\s?fake\b|\bnot\s+a\s+real\s+(photo|image|video)\b/i;

function readXNote(el: Element): Omit<Provenance, 'source'> | null {
  const note = el.querySelector('[data-testid="birdwatch-pivot"]');
  return note && NOTE_SAYS_AI.test(note.textContent ?? '') ? { says: 'community-note' } : null;
}

/** A label name that speaks of AI: "AI Generated", "AI Imagery", "Made with AI", "Synthetic media". */
const LABEL_SAYS_AI = /(^|[^a-z])(ai|a\.i\.)([^a-z]|$)|artificial intelligence|synthetic|deep\s?fake|gen(erative)?[- ]?ai/i;

function readBlueskyLabels(el: Element): Omit<Provenance, 'source'> | null {
  for (const pill of Array.from(el.querySelectorAll('button[aria-label], [role="button"][aria-label]'))) {
    const name = pill.getAttribute('aria-label')!.trim();
    if (name.length <= 60 && LABEL_SAYS_AI.test(name)) return { says: 'labeler', label: name };
  }
  return null;
}

const readMeta = shortTextReader(META_PHRASES, 'ai-info');

const READERS: Partial<Record<SiteId, Reader>> = {
  youtube: readYouTube,
  tiktok: shortTextReader(TIKTOK_PHRASES, 'ai-generated'),
  facebook: readMeta,
  instagram: readMeta,
  threads: readMeta,
  x: readXNote,
  bluesky: readBlueskyLabels,
};

/** The reader for a site, or null where the site marks nothing (then there is nothing to pay per post). */
export function provenanceReader(site: SiteId): ((el: Element) => Provenance | null) | null {
  const read = READERS[site];
  if (!read) return null;
  return (el) => {
    const found = read(el);
    return found ? { source: site, ...found } : null;
  };
}
