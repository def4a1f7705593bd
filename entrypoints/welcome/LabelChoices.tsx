import { CATEGORY_NAMES } from '../../text/category-names';
import { message } from '../../text/i18n';
import { LabelModeChoice, LabelModeHelp } from '../../components/LabelModeChoice';
import { CATEGORIES, type Category } from '../../model/categories';
import type { LabelMode, LabelModes } from '../../settings/label-modes';

/** Per category: off, label, blur or hide, with the settings page's own control; labelled by default. */
export function LabelChoices({ modes, onChange }: { modes: LabelModes; onChange(category: Category, mode: LabelMode): void }) {
  return (
    <section class="card welcome__section" aria-labelledby="labels-heading">
      <h2 id="labels-heading">{message('welcomeLabelsHeading')}</h2>
      <LabelModeHelp />
      <div class="welcome__modes">
        {CATEGORIES.map((category) => (
          <LabelModeChoice
            key={category}
            category={category}
            mode={modes[category]}
            legend={CATEGORY_NAMES[category]}
            onChange={(mode) => onChange(category, mode)}
          />
        ))}
      </div>
    </section>
  );
}
