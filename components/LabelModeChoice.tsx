import type { Category } from '../model/categories';
import { LABEL_MODES, type LabelMode } from '../settings/label-modes';
import { message, type MessageKey } from '../text/i18n';

const MODE_KEYS: Record<LabelMode, { name: MessageKey; help: MessageKey }> = {
  off: { name: 'modeOff', help: 'modeOffHelp' },
  label: { name: 'modeLabel', help: 'modeLabelHelp' },
  blur: { name: 'modeBlur', help: 'modeBlurHelp' },
  hide: { name: 'modeHide', help: 'modeHideHelp' },
};
/** Explained from the gentlest that still shows something; "off" last. */
const HELP_ORDER: LabelMode[] = ['label', 'blur', 'hide', 'off'];

/** What each mode does, once above the choices (the pills themselves carry one word each). */
export function LabelModeHelp() {
  return (
    <ul class="mode-help muted">
      {HELP_ORDER.map((mode) => (
        <li key={mode}>
          <strong>{message(MODE_KEYS[mode].name)}</strong> {message(MODE_KEYS[mode].help)}
        </li>
      ))}
    </ul>
  );
}

export interface LabelModeChoiceProps {
  category: Category;
  mode: LabelMode;
  /** The group's visible legend: the category's name, or "Show" where the name is a heading beside it. */
  legend: string;
  /** Ids naming the group instead of the legend alone ("Show" + the heading: "Show Scam"). */
  labelledBy?: string;
  onChange(mode: LabelMode): void;
}

/**
 * How one category's flagged posts are shown, the same on the welcome and settings pages: four
 * radio buttons drawn as pills in one row, all visible at once, moved with the arrow keys.
 */
export function LabelModeChoice({ category, mode, legend, labelledBy, onChange }: LabelModeChoiceProps) {
  const id = `mode-${category}`;
  return (
    <fieldset class="mode-choice" aria-labelledby={labelledBy}>
      <legend id={`${id}-legend`}>{legend}</legend>
      <div class="mode-choice__pills">
        {LABEL_MODES.map((m) => (
          <label key={m} class="mode-choice__pill">
            <input type="radio" id={`${id}-${m}`} name={id} value={m} checked={mode === m} onChange={() => onChange(m)} />
            <span>{message(MODE_KEYS[m].name)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
