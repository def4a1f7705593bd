import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { inlinePopupStyles } from './scripts/inline-popup-styles';
import { pagesChunks } from './scripts/pages-chunks';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every name is imported explicitly, so each file's imports show what it depends on.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for both stores (WXT would build MV2 for Firefox by default).
  manifestVersion: 3,
  vite: () => ({
    // Fewer files for each page to load before its first frame (scripts/pages-chunks.ts,
    // scripts/inline-popup-styles.ts).
    plugins: [preact(), pagesChunks(), inlinePopupStyles()],
    // The browser reads _locales itself: the English fallback stays out of the extension's
    // bundles (text/english-messages.ts).
    resolve: { alias: [{ find: /^(.*)\/english-messages$/, replacement: '$1/english-messages.runtime' }] },
  }),
  // The sources zip is for Firefox's reviewers to rebuild from; test screenshots are not sources.
  zip: { excludeSources: ['screenshots/**', 'docs/store/**'] },
  hooks: {
    // WXT titles the toolbar button with the popup's <title>, which is English; the button's
    // tooltip is read from _locales like the name, so a translation covers it too.
    'build:manifestGenerated': (_, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_popupDocumentTitle__';
    },
  },
  manifest: ({ browser }) => ({
    // From public/_locales/<lang>/messages.json, so a translation is a file (English is the default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: only what the code uses today. Each permission is justified in docs/permissions.md
    // when it arrives; host access comes from the content script's matches.
    permissions: ['storage', 'tabs', 'idle', 'alarms'],
    // Asked for only at the moment the person turns on what needs them (docs/permissions.md): typing on
    // any site or another Mastodon instance (scripting + that host), the weekly reminder (notifications).
    optional_permissions: ['scripting', 'notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'realign@realign.invalid',
              // 140 on desktop and 142 on Android are the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the device: Realign collects no data at all.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // storage.session (the time being counted, today's snapshot) arrived in Chrome 102; an
          // older Chrome would install Realign and then lose time, so the store does not offer it there.
          minimum_chrome_version: '102',
        }),
  }),
});
