/**
 * Whether the first words of each seen post are kept with it (for the weekly summary's examples).
 * On by default, kept no longer than the retention period; off stores posts without any text.
 */
import { defineSetting, isBooleanOr } from './define-setting';

export const keepSnippets = defineSetting({
  key: 'keepSnippets',
  fallback: true,
  check: isBooleanOr(true),
  words: { label: 'settingsKeepSnippets' },
  page: { name: 'settingsNameKeepSnippets', section: 'time', shape: 'value' },
});
export const { item: keepSnippetsItem, read: readKeepSnippets, write: setKeepSnippets } = keepSnippets;
