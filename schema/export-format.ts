/**
 * The JSON export: a complete, versioned backup of the history (docs/export-format.md). Its top
 * level and its `days` are a contract other tools read (DESIGN.md, "Contracts"); the rest is what
 * an import needs to rebuild the raw history. Every limit here is also a reason an import refuses.
 */
import type { DayRollup } from '../figures/day-rollup';
import type { FeedbackRow, IntentionRow, ManualEntryRow, NudgeEventRow, SeenPostRow, SegmentRow, SiteHealthRow } from '../figures/rows';

export const EXPORT_FORMAT = 'realign-export';
/** Raised when a field changes meaning or a required one appears; an import refuses newer versions. */
export const EXPORT_VERSION = 1;

export type ExportScope = { kind: 'all' } | { kind: 'range'; from: string; to: string };

/** A manual entry without its local id: ids differ between profiles, the entry itself does not. */
export type ExportedManualEntry = Omit<ManualEntryRow, 'id'>;
export type ExportedNudgeEvent = Omit<NudgeEventRow, 'id'>;
export type ExportedFeedback = Omit<FeedbackRow, 'id'>;
export type ExportedIntention = Omit<IntentionRow, 'id'>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  scope: ExportScope;
  /** The time zone the local days were counted in (for the reader; an import does not use it). */
  timeZone: string;
  /** One entry per local day, oldest first: the day rollups, whole. */
  days: DayRollup[];
  segments: SegmentRow[];
  postsSeen: SeenPostRow[];
  manualEntries: ExportedManualEntry[];
  nudges: ExportedNudgeEvent[];
  siteHealth: SiteHealthRow[];
  /** "Not helpful" marks on labels. */
  feedback: ExportedFeedback[];
  /**
   * The intention check's answers ("What are you here for?"). Optional on import: files from before
   * the check have none, and an optional table does not raise the version (docs/export-format.md).
   */
  intentions: ExportedIntention[];
}

/**
 * Limits an import enforces. Heavy use (2,000 posts seen a day, kept for the default 180 days) is
 * 360,000 post rows of ~450 bytes: ~160 MB. 256 MB leaves room for that and refuses what a browser
 * tab could not parse comfortably.
 */
export const IMPORT_LIMITS = {
  /** Bytes (UTF-16 code units of the text, which is what the page holds). */
  fileSize: 256 * 1024 * 1024,
  /** A hundred years of days. */
  days: 36_600,
  segments: 2_000_000,
  postsSeen: 2_000_000,
  manualEntries: 200_000,
  nudges: 500_000,
  siteHealth: 1_000,
  feedback: 500_000,
  /** At most one answer per stretch on a host: even 100 a day for 180 days is 18,000. */
  intentions: 500_000,
  /** Distinct sites in one day, and flagged accounts in one day. */
  sitesPerDay: 5_000,
  authorsPerDay: 20_000,
} as const;
