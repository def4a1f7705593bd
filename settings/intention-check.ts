/**
 * The intention check ("What are you here for?" above a feed, once a stretch): off by default, as
 * the issue asks; the person turns it on in settings.
 */
import { storage } from 'wxt/utils/storage';

export const intentionCheckItem = storage.defineItem<boolean>('local:intentionCheck', { fallback: false, version: 1 });

export async function readIntentionCheck(): Promise<boolean> {
  return (await intentionCheckItem.getValue()) === true;
}

export async function setIntentionCheck(isOn: boolean): Promise<void> {
  await intentionCheckItem.setValue(isOn);
}
