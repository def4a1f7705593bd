import type { PageKind } from '../sites/registry';
import { messageTable } from './i18n';

/** How each kind of feed page is named to the person, as it fits in "…could not read the posts on <page> on Reddit". */
export const PAGE_KIND_NAMES: Readonly<Record<PageKind, string>> = messageTable({
  feed: 'pageKindFeed',
  profile: 'pageKindProfile',
  search: 'pageKindSearch',
  thread: 'pageKindThread',
  post: 'pageKindPost',
  group: 'pageKindGroup',
  other: 'pageKindOther',
});
