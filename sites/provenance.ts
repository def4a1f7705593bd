/**
 * The platforms' own marks that a post is AI-made, read from the post's markup. Each site that shows
 * one gives its reader to defineAdapter (`readProvenance`, in sites/<site>.ts, beside the evidence for
 * its markup); define-adapter.ts puts what it finds on the Post (`provenance`); the feed then shows the
 * `ai` label with that reason, whatever the model's score (feed/provenance-label.ts).
 *
 * No saved page in ../shared/fixtures shows any of these marks, so each reader is tested on a small
 * fixture in provenance.test.ts that says what it assumes.
 *
 * Each reader is a selector query or two inside the post, or a text search only once the post's
 * text holds the words: a feed post with no mark costs about one querySelector. A site with no
 * reader pays nothing per post.
 */
import type { Provenance, ProvenanceClaim } from './types';

/** What a site's reader finds in a post: the claim (the site is added by defineAdapter), or null. */
export type ProvenanceReader = (el: Element) => Omit<Provenance, 'source'> | null;

/**
 * A mark shown as words of its own, where no stable attribute is known: the post's text must hold one
 * of the phrases, and some element of the post must say exactly that phrase (so a caption that
 * mentions "AI info" is not a mark). English only. Making a reader has no effect (a bundle that
 * reads only the declarations leaves it out).
 */
/* @__NO_SIDE_EFFECTS__ */
export function shortTextReader(phrases: readonly string[], says: ProvenanceClaim): ProvenanceReader {
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

/**
 * Meta's mark, the same on Facebook, Instagram and Threads: "AI info" since July 2024, earlier
 * "Made with AI", and "Imagined with AI" on Meta AI images (Meta's announcements). No stable
 * attribute known: matched as a short text of its own.
 */
export const readMetaAiInfo: ProvenanceReader = shortTextReader(['AI info', 'Made with AI', 'Imagined with AI'], 'ai-info');
