/**
 * Whether the first words of each seen post are kept with it (for the weekly summary's examples).
 * On by default, kept no longer than the retention period; off stores posts without any text.
 */
import { storage } from 'wxt/utils/storage';

export const keepSnippetsItem = storage.defineItem<boolean>('local:keepSnippets', { fallback: true, version: 1 });

export async function readKeepSnippets(): Promise<boolean> {
  const value = await keepSnippetsItem.getValue();
  return typeof value === 'boolean' ? value : true;
}

export async function setKeepSnippets(keep: boolean): Promise<void> {
  await keepSnippetsItem.setValue(keep);
}
