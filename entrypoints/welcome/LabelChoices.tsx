import { CATEGORY_NAMES } from '../../components/category-names';
import { CATEGORIES, type Category } from '../../model/categories';
import { LABEL_MODES, type LabelMode, type LabelModes } from '../../settings/label-modes';

const MODE_NAMES: Record<LabelMode, string> = { off: 'Off', label: 'Label', blur: 'Blur', hide: 'Hide' };

/** Per category: off, label, blur or hide, as radio buttons in one row; labelled by default. */
export function LabelChoices({ modes, onChange }: { modes: LabelModes; onChange(category: Category, mode: LabelMode): void }) {
  return (
    <section class="card welcome__section" aria-labelledby="labels-heading">
      <h2 id="labels-heading">How flagged posts are shown</h2>
      <p class="muted">
        <strong>Label</strong> adds a small note to the post saying why and how sure. <strong>Blur</strong> blurs the post
        until you click. <strong>Hide</strong> folds it away behind that note. <strong>Off</strong> shows nothing (the post
        still counts in your review).
      </p>
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
                  <span>{MODE_NAMES[mode]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </section>
  );
}
