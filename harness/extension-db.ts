/**
 * The extension's IndexedDB, read and written from a test with the raw API, so tests check
 * what was really stored and can seed history exactly as storage/ writes it.
 */
import type { BrowserContext, Worker } from 'playwright-core';

/** Reads an object store with the raw IndexedDB API, so tests check what was really written. */
export async function readTableIn<T>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(
    async ([dbName, storeName]) => {
      // Opening a database that does not exist would create it; report "nothing stored" instead.
      const existing = await indexedDB.databases();
      if (!existing.some((info) => info.name === dbName)) return [];
      return new Promise<T[]>((resolvePromise, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolvePromise([]);
            return;
          }
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolvePromise(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      });
    },
    ['realign', table] as const,
  );
}

/**
 * Writes rows with the raw IndexedDB API from an extension page, after the weekly page has opened
 * the database (so Dexie has created every table at its current version). Not the popup: it saves
 * the day's snapshot after each read, which could land after these rows.
 *
 * Rows written this way bypass Dexie, whose middleware forgets the popup's snapshot of the day at
 * every write (storage/notice-writes.ts): so this forgets it itself.
 */
export async function writeRowsIn(context: BrowserContext, extensionId: string, table: string, rows: readonly unknown[]): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/report.html`);
    await page.waitForFunction(
      async (storeName) => {
        const dbs = await indexedDB.databases();
        if (!dbs.some((info) => info.name === 'realign')) return false;
        return new Promise<boolean>((resolve) => {
          const open = indexedDB.open('realign');
          open.onsuccess = () => {
            const has = open.result.objectStoreNames.contains(storeName);
            open.result.close();
            resolve(has);
          };
          open.onerror = () => resolve(false);
        });
      },
      table,
      { timeout: 10_000 },
    );
    // In chunks, so a year of history does not become one huge message to the page.
    for (let start = 0; start < rows.length; start += 5_000) {
      const chunk = rows.slice(start, start + 5_000);
      await page.evaluate(
        ([storeName, items]) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('realign');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(storeName, 'readwrite');
              const store = tx.objectStore(storeName);
              for (const item of items) store.put(item);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [table, chunk] as const,
      );
    }
    await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { remove(key: string): Promise<void> } } } }).chrome.storage.session.remove('todaySnapshot'));
  } finally {
    await page.close();
  }
}
