/** One flagged post's label: the badge, and the cover for blur and hide, kept in step. */
import type { Category } from '../model/categories';
import type { Judgement } from '../model/judge';
import type { LabelMode } from '../settings/label-modes';
import type { Provenance } from '../sites/types';
import { createBadge } from './badge';
import { applyCover, coverTargets, placeBadge } from './cover';
import type { Tone } from './page-tone';

export interface LabelLook {
  mode: LabelMode;
  /** The feed's own theme. */
  tone: Tone;
  /** The platform's own AI mark on the post, which the `ai` line names. */
  provenance?: Provenance;
  /** The post's author, which a hidden post's stub keeps. */
  author?: string | null;
}

export interface PostLabel {
  /** Shows the labels; `isSamePost` keeps a post the person uncovered uncovered. */
  show(judgement: Judgement, labels: readonly Category[], look: LabelLook, isSamePost: boolean): void;
  remove(): void;
}

export function createPostLabel(
  container: Element,
  anchor: Element | null,
  onNotHelpful: (category: Category) => void,
): PostLabel {
  let isRevealed = false;
  let isCovered = false;
  let last: { judgement: Judgement; labels: readonly Category[]; look: LabelLook } | null = null;
  const badge = createBadge({
    onToggleReveal: () => {
      isRevealed = !isRevealed;
      if (last) render(last.judgement, last.labels, last.look);
    },
    onNotHelpful,
  });

  const render = (judgement: Judgement, labels: readonly Category[], look: LabelLook) => {
    last = { judgement, labels, look };
    const { mode, tone, provenance, author } = look;
    if (!badge.host.isConnected || (!container.contains(badge.host) && !container.shadowRoot)) {
      placeBadge(container, badge.host, anchor);
    }
    badge.render({ judgement, labels, mode, isRevealed, tone, provenance, author });
    const cover = isRevealed ? null : mode === 'blur' ? 'blur' : mode === 'hide' ? 'hide' : null;
    // Most labels never cover anything: then there is nothing to find or undo.
    if (cover || isCovered) applyCover(coverTargets(container, badge.host), cover);
    isCovered = cover !== null;
  };

  return {
    show(judgement, labels, look, isSamePost) {
      if (!isSamePost) isRevealed = false;
      render(judgement, labels, look);
    },
    remove() {
      if (isCovered) applyCover(coverTargets(container, badge.host), null);
      isCovered = false;
      badge.host.remove();
    },
  };
}
