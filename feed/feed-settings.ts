/**
 * The settings a feed page follows, read once and then kept current, so a change in the options
 * or the popup applies to every open tab at once, without a reload.
 */
import { keepSnippetsItem, readKeepSnippets } from '../settings/keep-snippets';
import { labelModesItem, readLabelModes, type LabelModes } from '../settings/label-modes';
import { labelsPausedUntilItem, readPausedUntil } from '../settings/labels-paused';
import { readSensitivity, sensitivityItem, type Sensitivity } from '../settings/sensitivity';
import { disabledSitesItem, readDisabledSites } from '../settings/sites-enabled';
import type { SiteId } from '../sites/types';

export interface FeedSettings {
  modes: LabelModes;
  pausedUntil: number;
  disabledSites: SiteId[];
  keepsSnippets: boolean;
  /** The person's dial per category; changing it means judging again, not only relabelling. */
  sensitivity: Sensitivity;
}

export async function readFeedSettings(): Promise<FeedSettings> {
  const [modes, pausedUntil, disabledSites, keepsSnippets, sensitivity] = await Promise.all([
    readLabelModes(),
    readPausedUntil(),
    readDisabledSites(),
    readKeepSnippets(),
    readSensitivity(),
  ]);
  return { modes, pausedUntil, disabledSites, keepsSnippets, sensitivity };
}

/**
 * Calls `onChange` with all the settings, read again, after each change: what the change means is
 * settings-policy.ts's to say, from the settings before and after.
 */
export function watchFeedSettings(onChange: (settings: FeedSettings) => void): () => void {
  const reread = () => void readFeedSettings().then(onChange);
  const unwatch = [labelModesItem, labelsPausedUntilItem, disabledSitesItem, keepSnippetsItem, sensitivityItem].map((item) =>
    item.watch(reread),
  );
  return () => {
    for (const stop of unwatch) stop();
  };
}
