/**
 * Puts a badge into a post and, for blur and hide, covers the rest of the post, reversibly.
 * Covering sets a few inline properties through the CSSOM (which page style policies allow) and
 * uncovering removes just those, so the site's own styling is never clobbered.
 */
export type Cover = 'blur' | 'hide' | null;

const COVER_PROPERTIES: Record<Exclude<Cover, null>, [string, string][]> = {
  blur: [
    ['filter', 'blur(9px)'],
    ['pointer-events', 'none'],
    ['user-select', 'none'],
  ],
  hide: [['display', 'none']],
};

/**
 * Right after the adapter's anchor (the post's own text) when it names one; else inside the post
 * as its first child, so the badge scrolls and recycles with it; in a table row (Hacker News) at
 * the end of the last cell; before an element with its own shadow root (Reddit's shreddit-post),
 * whose slots would not show an unknown child.
 */
export function placeBadge(container: Element, host: HTMLElement, anchor: Element | null = null): void {
  if (anchor && anchor !== container && container.contains(anchor)) {
    anchor.after(host);
  } else if (container.localName === 'tr') {
    const cell = container.querySelector(':scope > td:last-child') ?? container;
    cell.append(host);
  } else if (container.shadowRoot) {
    container.before(host);
  } else {
    container.prepend(host);
  }
}

/**
 * The elements a cover hides or blurs: everything of the post but the badge and the elements
 * that hold it (the siblings at each level from the badge up to the post).
 */
export function coverTargets(container: Element, host: HTMLElement): HTMLElement[] {
  if (!container.contains(host)) return [container as HTMLElement];
  const targets: HTMLElement[] = [];
  for (let node: Element = host; node !== container && node.parentElement; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) {
      if (sibling !== node && 'style' in sibling) targets.push(sibling as HTMLElement);
    }
  }
  return targets;
}

export function applyCover(targets: readonly HTMLElement[], cover: Cover): void {
  for (const el of targets) {
    const current = el.getAttribute('data-realign-cover') as Cover;
    if (current === cover) continue;
    if (current) for (const [property] of COVER_PROPERTIES[current]) el.style.removeProperty(property);
    if (cover) {
      for (const [property, value] of COVER_PROPERTIES[cover]) el.style.setProperty(property, value, 'important');
      el.setAttribute('data-realign-cover', cover);
    } else {
      el.removeAttribute('data-realign-cover');
    }
  }
}
