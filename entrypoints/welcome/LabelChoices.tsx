import { CATEGORY_NAMES } from '../../components/category-names';
import { message, type MessageKey } from '../../components/i18n';
import { CATEGORIES, type Category } from '../../model/categories';
import { LABEL_MODES, type LabelMode, type LabelModes } from '../../settings/label-modes';

const MODE_KEYS: Record<LabelMode, { name: MessageKey; help: MessageKey }> = {
  off: { name: 'modeOff', help: 'modeOffHelp' },
  label: { name: 'modeLabel', help: 'modeLabelHelp' },
  blur: { name: 'modeBlur', help: 'modeBlurHelp' },
  hide: { name: 'modeHide', help: 'modeHideHelp' },
};
/** Explained from the gentlest that still shows something; "off" last. */
const HELP_ORDER: LabelMode[] = ['label', 'blur', 'hide', 'off'];

/** Per category: off, label, blur or hide, as radio buttons in one row; labelled by default. */
export function LabelChoices({ modes, onChange }: { modes: LabelModes; onChange(category: Category, mode: LabelMode): void }) {
  return (
    <section class="card welcome__section" aria-labelledby="labels-heading">
      <h2 id="labels-heading">{message('welcomeLabelsHeading')}</h2>
      <ul class="welcome__mode-help muted">
        {HELP_ORDER.map((mode) => (
          <li key={mode}>
            <strong>{message(MODE_KEYS[mode].name)}</strong> {message(MODE_KEYS[mode].help)}
          </li>
        ))}
      </ul>
      <div class="welcome__modes">
        {CATEGORIES.map((category) => (
          <fieldset class="welcome__mode-row" key={category}>
            <legend>{CATEGORY_NAMES[category]}</legend>
            <div class="welcome__segments">
              {LABEL_MODES.map((mode) => (
                <label key={mode} class="welcome__segment">
                  <input
                    type="radio"
                    name={`mode-${category}`}
                    value={mode}
                    checked={modes[category] === mode}
                    onChange={() => onChange(category, mode)}
                  />
                  <span>{message(MODE_KEYS[mode].name)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
