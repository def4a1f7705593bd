import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readTypingEverywhere, setTypingEverywhere, TYPING_PERMISSIONS, typingEverywhereItem } from '../settings/typing-everywhere';

/**
 * "Count typing on any site as creating": asks the browser for the optional permission at the
 * moment it is turned on (the request must come straight from the click), and gives it back
 * when it is turned off.
 */
export function TypingEverywhereToggle() {
  const [isOn, setIsOn] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void readTypingEverywhere().then(setIsOn);
    return typingEverywhereItem.watch(() => void readTypingEverywhere().then(setIsOn));
  }, []);
  if (isOn === null) return null;

  const change = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(TYPING_PERMISSIONS).then(async (isGranted) => {
        await setTypingEverywhere(isGranted);
        setMessage(isGranted ? 'Typing on any site now counts as creating.' : 'Not turned on: the browser did not grant the permission.');
      });
    } else {
      void setTypingEverywhere(false)
        .then(() => browser.permissions.remove(TYPING_PERMISSIONS))
        .then(() => setMessage('Turned off, and the permission given back.'));
    }
  };
  return (
    <div>
      <label style={{ display: 'flex', gap: '8px', alignItems: 'center' }}>
        <input type="checkbox" checked={isOn} onChange={(event) => change(event.currentTarget.checked)} />
        Count typing on any site as creating
      </label>
      <p class="muted" style={{ margin: '4px 0 0' }}>
        Needs your permission to run a small script on every site. It notices only that you type in a text box, never
        what you type, and sends nothing anywhere.
      </p>
      <p class="muted" role="status" aria-live="polite" style={{ margin: '4px 0 0', minHeight: '1.4em' }}>{message}</p>
    </div>
  );
}
