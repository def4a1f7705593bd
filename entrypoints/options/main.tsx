import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { message, markPageLanguage, messagesReady } from '../../text/i18n';
import '../../components/fields.css';
import './options.css';
import { Options } from './Options';

// index.html's <title> is English; extension pages cannot use __MSG_…__ there.
void messagesReady(browser.i18n).then(() => {
  markPageLanguage();
  document.title = message('optionsTitle');
  render(<Options />, document.getElementById('app')!);
});
