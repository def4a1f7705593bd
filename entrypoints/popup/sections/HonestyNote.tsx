import { message } from '../../../text/i18n';

/** What the labels can and cannot tell, one click away. */
export function HonestyNote() {
  return (
    <details class="honesty">
      <summary>{message('popupHonestySummary')}</summary>
      <p>
        {message('popupHonestyText', [message('badgeNotHelpful')])}{' '}
        <a href="/model-card.html" target="_blank" rel="noopener">
          {message('popupHonestyLink')}
        </a>
      </p>
    </details>
  );
}
