/**
 * Every RealignDb tells the snapshot (snapshot-slot.ts) of every write, so no page has to:
 *
 *   a write through a RealignDb in this context ─▶ noticed before it runs (a DBCore middleware,
 *                                                  once per transaction)
 *   a write committed in any context            ─▶ noticed when Dexie's 'storagemutated' reaches
 *                                                  this one (Dexie passes it between the
 *                                                  extension's contexts over a BroadcastChannel)
 *
 * Noticed before it runs, a write leaves no moment when the database holds figures the snapshot
 * lacks, and no read begun before it can be saved. Hearing other contexts' writes lets a context
 * that saves snapshots (the background, the popup) undo a save that raced a write made elsewhere.
 * A context that is not running hears nothing, which is why the writer forgets it too.
 */
import { Dexie, type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';
import { noticeWrite } from './snapshot-slot';

const noticed = new WeakSet<DBCoreTransaction>();

const noticeWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'realign-notice-writes',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate(request) {
          // A flush's several puts are one write: one notice per transaction.
          if (!noticed.has(request.trans)) {
            noticed.add(request.trans);
            noticeWrite();
          }
          return table.mutate(request);
        },
      };
    },
  }),
};

let hearing = false;

/** Called by openDb on each database it opens, before the database is used. */
export function noticeWrites(db: Dexie): void {
  db.use(noticeWritesMiddleware);
  if (hearing) return;
  hearing = true;
  Dexie.on('storagemutated', () => noticeWrite());
}
