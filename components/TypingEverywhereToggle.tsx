import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readTypingEverywhere, setTypingEverywhere, TYPING_PERMISSIONS, typingEverywhereItem } from '../settings/typing-everywhere';
import { message } from '../text/i18n';
import { showingStored } from './stored-checkbox';

/**
 * "Count typing on any site as creating": asks the browser for the optional permission at the
 * moment it is turned on (the request must come straight from the click), and gives it back
 * when it is turned off.
 */
export function TypingEverywhereToggle() {
  const [isOn, setIsOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readTypingEverywhere().then(setIsOn);
    return typingEverywhereItem.watch(() => void readTypingEverywhere().then(setIsOn));
  }, []);
  if (isOn === null) return null;

  const change = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(TYPING_PERMISSIONS).then(async (isGranted) => {
        await setTypingEverywhere(isGranted);
        setStatus(message(isGranted ? 'settingsTypingOn' : 'settingsTypingNotGranted'));
      });
    } else {
      void setTypingEverywhere(false)
        .then(() => browser.permissions.remove(TYPING_PERMISSIONS))
        .then(() => setStatus(message('settingsTypingOff')));
    }
  };
  return (
    <div>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        <input type="checkbox" checked={isOn} onChange={showingStored(isOn, change)} />
        {message('settingsTypingLabel')}
      </label>
      <p class="muted" style={{ margin: '4px 0 0' }}>{message('settingsTypingHelp')}</p>
      <p class="muted" role="status" aria-live="polite" style={{ margin: '4px 0 0', minHeight: '1.4em' }}>{status}</p>
    </div>
  );
}
