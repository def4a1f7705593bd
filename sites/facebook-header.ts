// Reading a Facebook post's header: who posted it, and whether it is paid for. Facebook renders
// the "Sponsored" label as letter soup ("SpSonSsoSredS", with the extra letters hidden by CSS) so
// that text matching fails; the visible label is rebuilt here from the markup alone.
// Evidence: ../shared/fixtures/facebook/legacy-2018-*.html and SELECTORS.md.

export const SELECTORS = {
  /** 2024+ actor name (SELECTORS.md). Present on organic posts too, so not an ad marker. */
  profileName: '[data-ad-rendering-role="profile_name"]',
  /** Header lines with the actor; a "X and 5 others like Y." social line can come first (paid-for fixture: h5, then h6). */
  heading: 'h2, h3, h4, h5, h6',
  message: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"], [data-testid="post_message"], .userContent',
  comment: '[role="article"][aria-label]',
  /** "Why am I seeing this ad?" link (SELECTORS.md). */
  adsAbout: 'a[href*="/ads/about"]',
  /** Letter-soup labels are short links (2018 fixtures) or spans with aria-labelledby (2022+). */
  labelCandidates: 'a, span[aria-labelledby], [aria-label]',
} as const;

const SPONSORED = ['Sponsored', 'Sponsorisé', 'Gesponsert', 'Patrocinado', 'Publicidad', 'Sponsorizzato'];

export function findFacebookAuthor(post: Element, message: Element | null): string | null {
  const named = outsideComments(post, SELECTORS.profileName)[0];
  if (named) return clean(named.textContent);
  // The actor heading is the last heading before the message (social-context lines come first).
  const headings = outsideComments(post, SELECTORS.heading).filter((h) => h.querySelector('a'));
  const before = message ? headings.filter((h) => h.compareDocumentPosition(message) & 4) : headings;
  const heading = before[before.length - 1] ?? headings[0];
  return heading ? clean(heading.querySelector('a')?.textContent) : null;
}

export function isFacebookSponsored(post: Element): boolean {
  if (post.querySelector(SELECTORS.adsAbout)) return true;
  const message = post.querySelector(SELECTORS.message);
  for (const el of Array.from(post.querySelectorAll(SELECTORS.labelCandidates))) {
    if (message?.contains(el)) continue;
    if (isSponsoredLabel(el)) return true;
  }
  // Plain leaf labels: "Sponsored" (2018 hidden copy) and "Paid for by …" (political ads).
  for (const el of Array.from(post.querySelectorAll('span, div'))) {
    if (el.childElementCount > 0 || message?.contains(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (SPONSORED.includes(text) || text.startsWith('Paid for by ')) return true;
  }
  return false;
}

function isSponsoredLabel(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  if (label && SPONSORED.includes(label.trim())) return true;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const target = el.ownerDocument.getElementById(labelledBy.split(' ')[0] ?? '');
    if (target && SPONSORED.includes(clean(target.textContent) ?? '')) return true;
  }
  return isLetterSoup(el);
}

/**
 * A short label split into many tiny pieces, whose letters contain "Sponsored" in order with
 * extra hidden letters between ("Sp|S|on|S|so|S|red|S"). Without CSS we cannot tell which pieces
 * are hidden, so we accept a subsequence match on labels of at most 40 characters built from at
 * least 4 leaf pieces of at most 3 characters each — organic header links are names, not soup.
 */
function isLetterSoup(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, '');
  if (text.length < 9 || text.length > 40) return false;
  const pieces = Array.from(el.querySelectorAll('*')).filter((p) => p.childElementCount === 0);
  if (pieces.length < 4 || pieces.some((p) => (p.textContent ?? '').trim().length > 3)) return false;
  return SPONSORED.some((word) => isSubsequence(word, text));
}

function isSubsequence(word: string, text: string): boolean {
  let i = 0;
  for (const ch of text) if (ch === word[i]) i++;
  return i === word.length;
}

function outsideComments(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter((el) => {
    const comment = el.closest(SELECTORS.comment);
    return !comment || comment === post || !post.contains(comment);
  });
}

function clean(text: string | null | undefined): string | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 200) : null;
}
