// Small DOM helpers every adapter shares. Plain DOM only: no browser extension API.

/** Elements matching selector in root (root itself included), skipping any nested inside another match. */
export function collectOutermost(root: ParentNode, selector: string): Element[] {
  // A feed adds posts whole: when the added node is a post, whatever matches inside it is nested.
  if (isElement(root) && root.matches(selector)) return root.parentElement?.closest(selector) ? [] : [root];
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!el.parentElement?.closest(selector)) found.push(el);
  }
  return found;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** First element matching selector that is not inside any of the excluded elements. */
export function firstOutside(root: Element, selector: string, excluded: readonly Element[]): Element | null {
  if (excluded.length === 0) return root.querySelector(selector);
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!excluded.some((ex) => ex.contains(el))) return el;
  }
  return null;
}

/** A leaf element (no element children) matching selector whose trimmed text is one of the labels,
 * outside `skip` (e.g. the author's name, which could itself read "Ad"). */
export function hasLabel(root: Element, selector: string, labels: ReadonlySet<string>, skip?: Element | null): boolean {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (el.childElementCount > 0 || skip?.contains(el)) continue;
    if (labels.has((el.textContent ?? '').trim())) return true;
  }
  return false;
}

/** Text of the first selector (tried in order) that yields non-empty text; '' if none. */
export function readFirstText(root: Element, selectors: readonly string[], read: (el: Element) => string): string {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const text = read(el);
      if (text) return text;
    }
  }
  return '';
}
