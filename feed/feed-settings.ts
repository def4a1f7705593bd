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

/** Calls `onChange` with the settings after each change and the name of what changed. */
export function watchFeedSettings(onChange: (settings: FeedSettings, changed: keyof FeedSettings) => void): () => void {
  const reread = (changed: keyof FeedSettings) => () => void readFeedSettings().then((next) => onChange(next, changed));
  const unwatch = [
    labelModesItem.watch(reread('modes')),
    labelsPausedUntilItem.watch(reread('pausedUntil')),
    disabledSitesItem.watch(reread('disabledSites')),
    keepSnippetsItem.watch(reread('keepsSnippets')),
    sensitivityItem.watch(reread('sensitivity')),
  ];
  return () => unwatch.forEach((stop) => stop());
}
