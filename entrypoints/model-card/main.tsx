import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { message, markPageLanguage, messagesReady } from '../../text/i18n';
import './model-card.css';
import { ModelCard } from './ModelCard';

// index.html's <title> is English; extension pages cannot use __MSG_…__ there.
void messagesReady(browser.i18n).then(() => {
  markPageLanguage();
  document.title = message('modelCardTitle');
  render(<ModelCard />, document.getElementById('app')!);
});
