/**
 * The rows of the stored history as plain data: what storage/db.ts keeps in its tables, what an
 * export carries (backup/export-format.ts) and what the pages and reports read. The day rollup is
 * figures/day-rollup.ts. No database here, so pure code can name a row.
 */
import type { Activity } from '../activity/activity';
import type { IntentionAnswer } from '../intention/intention';
import type { Category } from '../model/categories';
import type { Reason } from '../model/judge';
import type { PageKind } from '../sites/registry';
import type { SiteId } from '../sites/types';

/** What the feed watcher last saw on a supported site: the basis of the adapter health check. */
export interface SiteHealthRow {
  site: SiteId;
  /** Page the scan ran on, without query or fragment (they can carry personal data). */
  lastUrl: string;
  lastScanAt: number;
  lastPostCount: number;
  /** Last time a scan found at least one post; 0 when none ever did. */
  lastPostsAt: number;
  /** The kind of page the last scan ran on (sites/registry.ts); absent in rows from before it was kept. */
  lastPageKind?: PageKind;
  /** Post-like containers that page showed when the scan read no post (feed/health-check.ts). */
  lastPostLikeCount?: number;
}

/** One stretch of time on one site doing one thing. Raw data: kept for the retention period. */
export interface SegmentRow {
  /** `<start>:<host>`: the tracker hands a segment over in pieces, and each piece extends this row. */
  id: string;
  start: number;
  end: number;
  host: string;
  activity: Activity;
}

/** A post the person actually saw (on screen long enough to read). Raw data, like segments. */
export interface SeenPostRow {
  key: string;
  site: SiteId;
  author: string | null;
  permalink: string | null;
  sponsored: boolean;
  scores: Record<Category, number>;
  labels: Category[];
  /** Why the labels were given (absent on rows stored before reasons were kept). */
  reasons?: Reason[];
  firstSeenAt: number;
  lastSeenAt: number;
  dwellMs: number;
  snippet: string | null;
  /** The last local day whose rollup counted this post: each post counts once per day. */
  countedDay: string;
}

export type ManualEntryKind = 'offline-create' | 'face-to-face';

export interface ManualEntryRow {
  id?: number;
  kind: ManualEntryKind;
  /** Minutes made offline; 0 for a face-to-face meeting. */
  minutes: number;
  at: number;
  date: string;
}

export type NudgeAction = 'shown' | 'acted' | 'snoozed' | 'dismissed' | 'switched-off';

/** A nudge shown, or what the person did with it (nudges/choose-nudges.ts's NudgeEvent, with its row id). */
export interface NudgeEventRow {
  id?: number;
  rule: string;
  action: NudgeAction;
  at: number;
}

/** The answer to the optional intention check (intention/intention.ts): one per stretch on a host. */
export interface IntentionRow {
  id?: number;
  host: string;
  answer: IntentionAnswer;
  at: number;
}

/** The person said a label did not help: kept locally, to measure the model against real use. */
export interface FeedbackRow {
  id?: number;
  /** The post's key, as in postsSeen. */
  key: string;
  site: SiteId;
  category: Category;
  at: number;
}
