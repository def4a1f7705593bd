/**
 * The Realign database: the only file that names IndexedDB tables and their schema versions.
 * Each version lists every table; a version that reshapes data carries an `upgrade` and a test
 * that upgrades real rows written by the version before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SiteId } from '../sites/types';

export const DB_NAME = 'realign';

/** What the feed watcher last saw on a supported site: the basis of the adapter health check. */
export interface SiteHealthRow {
  site: SiteId;
  /** Page the scan ran on, without query or fragment (they can carry personal data). */
  lastUrl: string;
  lastScanAt: number;
  lastPostCount: number;
  /** Last time a scan found at least one post; 0 when none ever did. */
  lastPostsAt: number;
}

export type RealignDb = Dexie & {
  siteHealth: EntityTable<SiteHealthRow, 'site'>;
};

export function openDb(name = DB_NAME): RealignDb {
  const db = new Dexie(name) as RealignDb;
  db.version(1).stores({
    siteHealth: 'site',
  });
  return db;
}
