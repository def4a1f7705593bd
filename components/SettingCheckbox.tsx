import type { Setting } from '../settings/define-setting';
import { message } from '../text/i18n';
import { useSetting } from './use-setting';

/**
 * A yes/no setting that needs nothing from the browser, worded by its declaration
 * (settings/define-setting.ts); one that needs a permission is a PermissionToggle.
 */
export function SettingCheckbox({ setting }: { setting: Setting<boolean> }) {
  const isOn = useSetting(setting);
  if (isOn === null || !setting.words) return null;
  const { label, help } = setting.words;
  return (
    <div>
      <label class="check-line">
        <input type="checkbox" checked={isOn} onChange={(event) => void setting.write(event.currentTarget.checked)} />
        {message(label)}
      </label>
      {help && <p class="muted">{message(help)}</p>}
    </div>
  );
}
