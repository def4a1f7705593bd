import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Setting } from '../settings/define-setting';
import { releasePermissionIfUnused } from '../settings/permission-release';
import { message } from '../text/i18n';
import { useSetting } from './use-setting';

interface Props<Value> {
  /** A setting declared with its `permission` and `words` (settings/define-setting.ts). */
  setting: Setting<Value, unknown>;
  class?: string;
  /** More of the same setting, between the box and what the toggle says (the reminder's day and time). */
  children?: (value: Value, say: (status: string) => void) => ComponentChildren;
}

/**
 * A setting that needs a browser permission while it is on (the weekly reminder, goal alerts,
 * typing on any site). Turning it on asks for the permission straight from the click (a request
 * made later is refused) and stores it as on only if the browser allowed it; turning it off
 * stores it and gives the permission back unless another setting still uses it. The box shows
 * what is stored: put back at once, it ticks only once the setting is stored as on. Left to itself,
 * a box stays ticked while the prompt is open, and after a refusal too, since the stored value did
 * not change and nothing renders it again.
 */
export function PermissionToggle<Value>({ setting, class: className, children }: Props<Value>) {
  const value = useSetting(setting);
  const [status, setStatus] = useState('');
  const { permission, words } = setting;
  if (value === null || !permission || !words) return null;
  const { says } = permission;
  const isOn = permission.isOn(value);

  const turn = (wantsOn: boolean) => {
    if (wantsOn) {
      void browser.permissions.request(permission.permissions).then(async (isGranted) => {
        await permission.turn(isGranted);
        setStatus(message(isGranted ? says.on : says.refused));
      });
    } else {
      void permission
        .turn(false)
        .then(() => releasePermissionIfUnused(setting))
        .then((isGivenBack) => setStatus(message(isGivenBack || !says.offKept ? says.off : says.offKept)));
    }
  };

  return (
    <div class={className}>
      <label class="check-line">
        <input
          type="checkbox"
          checked={isOn}
          onChange={(event) => {
            const wantsOn = event.currentTarget.checked;
            event.currentTarget.checked = isOn;
            turn(wantsOn);
          }}
        />
        {message(words.label)}
      </label>
      {words.help && <p class="muted">{message(words.help)}</p>}
      {children?.(value, setStatus)}
      <p class="muted form-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
