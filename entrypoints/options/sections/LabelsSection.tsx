import { CATEGORY_DESCRIPTIONS } from '../../../text/category-descriptions';
import { CATEGORY_NAMES } from '../../../text/category-names';
import { LabelModeChoice, LabelModeHelp } from '../../../components/LabelModeChoice';
import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { useSetting } from '../../../components/use-setting';
import { CATEGORIES } from '../../../model/categories';
import { labelModes, setLabelMode } from '../../../settings/label-modes';
import { sensitivity as sensitivitySetting } from '../../../settings/sensitivity';
import { SettingsSection } from '../SettingsSection';
import { SensitivityDial } from '../SensitivityDial';

/** Per category: how a flagged post is shown, and how readily it is flagged. */
export function LabelsSection() {
  const modes = useSetting(labelModes);
  const sensitivity = useSetting(sensitivitySetting);
  return (
    <SettingsSection id="labels" title={message('optionsSectionLabels')} intro={message('optionsLabelsIntro')}>
      <LabelModeHelp />
      {modes && sensitivity && (
        <ul class="label-rows">
          {CATEGORIES.map((category) => (
            <li key={category} class="label-row">
              <div class="label-row__about">
                <h3 id={`label-${category}-name`}>{CATEGORY_NAMES[category]}</h3>
                <p class="muted">{CATEGORY_DESCRIPTIONS[category]}</p>
              </div>
              <LabelModeChoice
                category={category}
                mode={modes[category]}
                legend={message('settingsModeShow')}
                labelledBy={`mode-${category}-legend label-${category}-name`}
                onChange={(mode) => void setLabelMode(category, mode)}
              />
              <SensitivityDial category={category} step={sensitivity[category]} />
            </li>
          ))}
        </ul>
      )}
      <p class="muted">
        {messageWith('optionsLabelsModelCard', <a href="/model-card.html">{message('optionsModelCardLink')}</a>)}
      </p>
    </SettingsSection>
  );
}
