import { message } from '../../../text/i18n';
import { NumberField } from '../../../components/NumberField';
import { PauseCardSites } from '../../../components/PauseCardSites';
import { PauseQuietHours } from '../../../components/PauseQuietHours';
import { useSetting } from '../../../components/use-setting';
import { NUDGE_RULES } from '../../../nudges/rules';
import { intentionCheck, setIntentionCheck } from '../../../settings/intention-check';
import { setNudgeSwitchedOff, switchedOffNudges } from '../../../settings/nudge-prefs';
import { MAX_THRESHOLD_MINUTES, MIN_THRESHOLD_MINUTES, pausePrefs, setPausePrefs } from '../../../settings/pause-cards';
import { SettingsSection } from '../SettingsSection';

/** Each nudge on or off; switching one off in the popup shows here too. */
export function NudgesSection() {
  const switchedOff = useSetting(switchedOffNudges);
  const pause = useSetting(pausePrefs);
  const isIntentionOn = useSetting(intentionCheck);
  return (
    <SettingsSection id="nudges" title={message('optionsSectionNudges')} intro={message('optionsNudgesIntro')}>
      {switchedOff && (
        <ul class="check-list">
          {NUDGE_RULES.map(({ id, name, about }) => (
            <li key={id}>
              <input
                id={`nudge-${id}`}
                type="checkbox"
                checked={!switchedOff.includes(id)}
                aria-describedby={`nudge-${id}-about`}
                onChange={(event) => void setNudgeSwitchedOff(id, !event.currentTarget.checked)}
              />
              <div>
                <label for={`nudge-${id}`} class="check-list__name">{message(name)}</label>
                <p id={`nudge-${id}-about`} class="muted">{message(about)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {pause && (
        <>
          <h3 id="pause-cards">{message('optionsPauseHeading')}</h3>
          <ul class="check-list">
            <li>
              <input
                id="pause-stretch"
                type="checkbox"
                checked={pause.isStretchOn}
                aria-describedby="pause-stretch-about"
                onChange={(event) => void setPausePrefs({ isStretchOn: event.currentTarget.checked })}
              />
              <div>
                <label for="pause-stretch" class="check-list__name">{message('optionsPauseStretch')}</label>
                <p id="pause-stretch-about" class="muted">{message('optionsPauseStretchAbout')}</p>
              </div>
            </li>
            <li>
              <input
                id="pause-provocation"
                type="checkbox"
                checked={pause.isProvocationOn}
                aria-describedby="pause-provocation-about"
                onChange={(event) => void setPausePrefs({ isProvocationOn: event.currentTarget.checked })}
              />
              <div>
                <label for="pause-provocation" class="check-list__name">{message('optionsPauseProvocation')}</label>
                <p id="pause-provocation-about" class="muted">{message('optionsPauseProvocationAbout')}</p>
              </div>
            </li>
          </ul>
          <NumberField
            id="pause-threshold"
            label={message('optionsPauseThreshold')}
            unit={message('optionsUnitMinutes')}
            value={pause.thresholdMinutes}
            min={MIN_THRESHOLD_MINUTES}
            max={MAX_THRESHOLD_MINUTES}
            step={1}
            save={(thresholdMinutes) => setPausePrefs({ thresholdMinutes })}
          />
          <PauseCardSites offSites={pause.offSites} />
          <PauseQuietHours quietHours={pause.quietHours} />
        </>
      )}
      {isIntentionOn !== null && (
        <ul class="check-list pause-quiet">
          <li>
            <input
              id="intention-check"
              type="checkbox"
              checked={isIntentionOn}
              aria-describedby="intention-check-about"
              onChange={(event) => void setIntentionCheck(event.currentTarget.checked)}
            />
            <div>
              <label for="intention-check" class="check-list__name">{message('optionsIntentionCheck')}</label>
              <p id="intention-check-about" class="muted">{message('optionsIntentionCheckAbout')}</p>
            </div>
          </li>
        </ul>
      )}
    </SettingsSection>
  );
}
