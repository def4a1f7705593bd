/**
 * Where the pause card goes, so that it never covers a post and the site's own list keeps working:
 *
 *   the post sits in a positioned cell ─▶ the card is the cell's last child: the cell grows, and a
 *     (absolute / fixed / transform,      virtualiser that measures its cells moves the next ones down
 *      holding no other post)             (X: each cellInnerDiv is absolute + translateY)
 *   the post is an item of a wrapping  ─▶ after the last tile of the post's row, one whole row wide
 *     grid or flex row (YouTube's grid)
 *   a row that does not wrap (a shelf) ─▶ after the row
 *   otherwise                          ─▶ right after the post, in the flow
 *
 * Why inside the cell: a virtualised list places each cell itself and makes no room for anything
 * beside its cells. XKit-Rewritten found this on Tumblr's virtual scroller (issue #1196: an element
 * put between cells "takes up no space", inside a cell it is measured), and X moves every following
 * cell's translateY when one cell's height changes (jonasgeiler/svelte-tiny-virtual-list#25 reads
 * X's timeline so). The card then lives and dies with that cell: when X recycles a cell far off
 * screen, the card goes with it, which is what a card between posts should do anyway.
 *
 * Runs once per card shown (a few times a day at most), never per post: every style is read
 * first, then the card is written in one go.
 */
export function placePauseCard(card: HTMLElement, post: Element): void {
  const view = post.ownerDocument.defaultView;
  if (!view) {
    post.after(card);
    return;
  }
  const cell = findCell(post, view);
  if (cell) {
    cell.append(card);
    return;
  }
  let anchor = post;
  let parent = post.parentElement;
  let spansRow = false;
  // Climb out of rows that do not wrap (a shelf of Shorts): a card there would squeeze in beside tiles.
  while (parent && parent !== post.ownerDocument.body) {
    const layout = rowLayout(view.getComputedStyle(parent));
    if (layout === 'wrapping') spansRow = true;
    if (layout !== 'single-row') break;
    anchor = parent;
    parent = parent.parentElement;
  }
  if (spansRow) {
    anchor = lastInRow(anchor);
    card.style.gridColumn = '1 / -1';
    card.style.flexBasis = '100%';
    card.style.width = '100%';
  }
  anchor.after(card);
}

/** The last tile on the same line as `item`, so the card goes under the whole row rather than splitting it. */
function lastInRow(item: Element): Element {
  const top = item.getBoundingClientRect().top;
  let last = item;
  for (let next = item.nextElementSibling; next; next = next.nextElementSibling) {
    const box = next.getBoundingClientRect();
    if (box.height === 0 && box.width === 0) continue; // display: none and the like take no place in the row
    if (Math.abs(box.top - top) > 1) break;
    last = next;
  }
  return last;
}

/** The nearest positioned box around the post (or the post itself) that holds no other post. */
function findCell(post: Element, view: Window): Element | null {
  const body = post.ownerDocument.body;
  for (let el: Element | null = post; el && el !== body; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    const isTransformed = style.transform !== '' && style.transform !== 'none';
    const isPositioned = style.position === 'absolute' || style.position === 'fixed' || isTransformed;
    if (!isPositioned) continue;
    // A positioned wrapper of the whole feed (a modal, a layer) is no cell: the card would land at its end.
    const holdsOthers = Array.from(el.querySelectorAll('[data-realign]')).some((other) => other !== post && !post.contains(other));
    return holdsOthers ? null : el;
  }
  return null;
}

type RowLayout = 'wrapping' | 'single-row' | 'flow';

function rowLayout(style: CSSStyleDeclaration): RowLayout {
  if (style.display === 'grid' || style.display === 'inline-grid') {
    return style.gridTemplateColumns.trim().split(/\s+/).length > 1 ? 'wrapping' : 'flow';
  }
  if (style.display === 'flex' || style.display === 'inline-flex') {
    if (style.flexDirection.startsWith('column')) return 'flow';
    return style.flexWrap === 'nowrap' ? 'single-row' : 'wrapping';
  }
  return 'flow';
}
