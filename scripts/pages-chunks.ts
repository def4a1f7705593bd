/**
 * How the extension pages' code is split into files (issue #6: the popup paints at once).
 *
 * Each file a page loads is a request that the browser process answers from the extension's
 * folder, and in Chromium those answers, not the size or the running of the code, are what keep an
 * extension page's first frame waiting (a trace of the popup: eleven files, the last one answered
 * ~45 ms after the HTML, evaluating all of them 3 ms). Rollup's own split gave the popup eight
 * small shared chunks; this gives each page its own code plus at most three:
 *
 *   entrypoints/<page>/…                 ─▶ the page's own chunk (Rollup's choice, as before)
 *   anything that reaches Dexie          ─▶ database.js   (the popup loads it after its first frame)
 *   the rest of what the popup imports   ─▶ shared.js     (the popup's first frame: popup.js + this)
 *   what only the other pages share      ─▶ pages.js      (export formats, summaries, settings forms:
 *                                                          the popup would parse them for nothing)
 *
 * Only for the build of the HTML pages: the background and the content scripts are single files
 * already, and Rollup refuses manual chunks there.
 */
import type { Plugin } from 'vite';

/** The popup's page, as Vite's HTML entry module. */
const POPUP_PAGE = /\/entrypoints\/popup\/index\.html$/;

export function pagesChunks(): Plugin {
  let isPagesBuild = false;
  /** Module id ─▶ whether Dexie is reached from it through static imports. */
  const reachesDexie = new Map<string, boolean>();
  /** Every module the popup's page imports statically, directly or not; made on first use. */
  let popupImports: Set<string> | null = null;
  return {
    name: 'realign-pages-chunks',
    buildStart(options) {
      // What a module reaches is worked out anew for each build (`wxt` dev rebuilds in one process).
      reachesDexie.clear();
      popupImports = null;
      isPagesBuild = Object.values(options.input ?? {}).some((input) => String(input).endsWith('.html'));
    },
    outputOptions(output) {
      if (!isPagesBuild) return null;
      return {
        ...output,
        manualChunks(id, { getModuleInfo, getModuleIds }) {
          if (id.includes('/entrypoints/')) return undefined;
          const leadsToDexie = (start: string): boolean => {
            const known = reachesDexie.get(start);
            if (known !== undefined) return known;
            reachesDexie.set(start, false); // import cycles end here
            const result = start.includes('/node_modules/dexie/') || (getModuleInfo(start)?.importedIds ?? []).some(leadsToDexie);
            reachesDexie.set(start, result);
            return result;
          };
          if (leadsToDexie(id)) return 'database';
          popupImports ??= staticImportsOf(getModuleIds, getModuleInfo);
          return popupImports.has(id) ? 'shared' : 'pages';
        },
      };
    },
  };
}

type ModuleInfo = { importedIds: readonly string[] } | null;

function staticImportsOf(getModuleIds: () => IterableIterator<string>, getModuleInfo: (id: string) => ModuleInfo): Set<string> {
  const found = new Set<string>();
  const pending = [...getModuleIds()].filter((id) => POPUP_PAGE.test(id));
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const imported of getModuleInfo(id)?.importedIds ?? []) {
      if (found.has(imported)) continue;
      found.add(imported);
      pending.push(imported);
    }
  }
  return found;
}
