import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readCorruptSettings, SETTING_SPECS, type SettingSpec } from '../../settings/corrupt-settings';

/** The settings whose stored values were corrupt, shared by the page's notice and its sections. */
export const CorruptContext = createContext<readonly SettingSpec[]>([]);

export const useCorruptSettings = () => useContext(CorruptContext);

/** Reads which settings were corrupt, and reads again whenever one of them is written. */
export function useCorruptSettingsSource(): readonly SettingSpec[] {
  const [corrupt, setCorrupt] = useState<readonly SettingSpec[]>([]);
  useEffect(() => {
    const keys = new Set(SETTING_SPECS.map((spec) => spec.key));
    const reread = () => void readCorruptSettings().then(setCorrupt);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => keys.has(key))) reread();
    };
    reread();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return corrupt;
}
