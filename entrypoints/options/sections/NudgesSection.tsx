import { message } from '../../../components/i18n';
import { NUDGE_RULE_DESCRIPTIONS } from '../../../components/nudge-rule-descriptions';
import { nameNudgeRule } from '../../../components/nudge-rule-names';
import { useSetting } from '../../../components/use-setting';
import { NUDGE_RULES } from '../../../nudges/nudge';
import { readSwitchedOffNudges, setNudgeSwitchedOff, switchedOffNudgesItem } from '../../../settings/nudge-prefs';
import { SettingsSection } from '../SettingsSection';

/** Each nudge on or off; switching one off in the popup shows here too. */
export function NudgesSection() {
  const switchedOff = useSetting(readSwitchedOffNudges, switchedOffNudgesItem);
  return (
    <SettingsSection id="nudges" title={message('optionsSectionNudges')} intro={message('optionsNudgesIntro')}>
      {switchedOff && (
        <ul class="check-list">
          {NUDGE_RULES.map((rule) => (
            <li key={rule}>
              <input
                id={`nudge-${rule}`}
                type="checkbox"
                checked={!switchedOff.includes(rule)}
                aria-describedby={`nudge-${rule}-about`}
                onChange={(event) => void setNudgeSwitchedOff(rule, !event.currentTarget.checked)}
              />
              <div>
                <label for={`nudge-${rule}`} class="check-list__name">{nameNudgeRule(rule)}</label>
                <p id={`nudge-${rule}-about`} class="muted">{NUDGE_RULE_DESCRIPTIONS[rule]}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}
