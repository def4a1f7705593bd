/**
 * The one line a hidden post leaves in the feed: what it was and who posted it, so the person
 * knows what they are not reading ("Hidden: Outrage · @someone", then Show post). The lead kind
 * comes first (a scam before anything else it also is, as its colour does: badge-colors.ts).
 * Names are joined by a message, not Intl.ListFormat (see REASONS_PER_LABEL in badge.ts).
 */
import { CATEGORY_NAMES } from '../text/category-names';
import { message } from '../text/i18n';
import type { Category } from '../model/categories';
import { leadKind } from './badge-colors';

export function hiddenLine(labels: readonly Category[], author: string | null): string {
  const lead = leadKind(labels);
  const ordered = lead ? [lead, ...labels.filter((category) => category !== lead)] : [];
  const kinds = ordered.map((category) => CATEGORY_NAMES[category]).reduce((joined, name) => message('badgeHiddenKinds', [joined, name]));
  const name = author?.trim();
  return name ? message('badgeHidden', [kinds, name]) : message('badgeHiddenNoAuthor', [kinds]);
}
