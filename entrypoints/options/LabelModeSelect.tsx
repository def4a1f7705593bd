import { message, type MessageKey } from '../../components/i18n';
import type { Category } from '../../model/categories';
import { LABEL_MODES, setLabelMode, type LabelMode } from '../../settings/label-modes';

const MODE_NAMES: Record<LabelMode, MessageKey> = {
  off: 'settingsModeOff',
  label: 'settingsModeLabel',
  blur: 'settingsModeBlur',
  hide: 'settingsModeHide',
};

/** How one category's flagged posts are shown: off, label, blur or hide. */
export function LabelModeSelect({ category, mode }: { category: Category; mode: LabelMode }) {
  const id = `mode-${category}`;
  return (
    <div class="label-row__mode">
      <label for={id} id={`${id}-label`} class="field__label">{message('settingsModeShow')}</label>
      <select
        id={id}
        value={mode}
        aria-labelledby={`${id}-label label-${category}-name`}
        onChange={(event) => void setLabelMode(category, event.currentTarget.value as LabelMode)}
      >
        {LABEL_MODES.map((m) => (
          <option key={m} value={m}>{message(MODE_NAMES[m])}</option>
        ))}
      </select>
    </div>
  );
}
