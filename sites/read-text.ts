// Text as the model sees it: what textContent gives (never innerText: it forces a layout), with a
// space where a block element breaks the line ("great.<p>Really." → "great. Really."), without
// <script>/<style> contents, whitespace collapsed, and capped: the model judges a prefix anyway,
// and a 100 KB post must not cost 100 KB of work. Deep nesting is walked without recursion.

/** Characters kept per post. The model reads a prefix; 5,000 covers the longest normal posts (LinkedIn ~3,000). */
export const TEXT_LIMIT = 5000;

const BLOCK_TAGS = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** When none of these is inside, plain textContent is the answer (the fast, common case: tweets, titles). */
const NEEDS_WALK = 'p, div, br, li, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, tr, td, script, style, template, noscript';

/** Collapse whitespace and cap. Slices before collapsing so hostile 100 KB texts stay cheap. */
export function normalizeText(raw: string | null | undefined, limit = TEXT_LIMIT): string {
  if (!raw) return '';
  const head = raw.length > limit * 4 ? raw.slice(0, limit * 4) : raw;
  const text = head.replace(/\s+/g, ' ').trim();
  return text.length > limit ? text.slice(0, limit).trimEnd() : text;
}

/** The element's text, normalised; '' for null. */
export function readText(el: Element | null | undefined, limit = TEXT_LIMIT): string {
  if (!el) return '';
  if (!el.querySelector(NEEDS_WALK)) return normalizeText(el.textContent, limit);
  return normalizeText(walkText(el, limit * 4), limit);
}

/** Join parts (e.g. title and body) with a space, skipping empty ones, then cap. */
export function joinText(parts: readonly string[], limit = TEXT_LIMIT): string {
  return normalizeText(parts.filter((p) => p.length > 0).join(' '), limit);
}

/** Text nodes in document order, spaces around block elements; stops after `max` characters. */
function walkText(root: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: Array<Node | string> = [root];
  while (stack.length > 0 && length < max) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const data = (item as Text).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      parts.push(' ');
      stack.push(' ');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}
