import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';

/** The popup before anything was recorded: what will appear here, and how. */
export function FirstDay() {
  return (
    <section class="card first-day" aria-labelledby="first-day-heading">
      <h2 id="first-day-heading" elementtiming="realign-figures">
        {message('popupFirstDayHeading')}
      </h2>
      <p>{message('popupFirstDayIntro')}</p>
      <ul>
        <li>{messageWith('popupFirstDayScreenTime', <strong>{message('popupScreenTimeHeading')}</strong>)}</li>
        <li>{messageWith('popupFirstDayBalance', <strong>{message('popupBalanceHeading')}</strong>)}</li>
        <li>{messageWith('popupFirstDayDiet', <strong>{message('popupFirstDayDietTerm')}</strong>)}</li>
      </ul>
      <p class="muted">{message('popupFirstDayPrivacy')}</p>
    </section>
  );
}
