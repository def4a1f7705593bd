import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { message, markPageLanguage, messagesReady } from '../../text/i18n';
import { dailyReview, Popup } from './Popup';

// The first frame waits for the day's figures (see use-daily-review.ts).
void Promise.all([messagesReady(browser.i18n), dailyReview.ready]).then(() => {
  // WXT pages cannot use __MSG_…__ in their HTML: the static English <title> is replaced here.
  markPageLanguage();
  document.title = message('popupDocumentTitle');
  render(<Popup />, document.getElementById('app')!);
});
