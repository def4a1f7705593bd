import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { markPageLanguage, messagesReady } from '../../text/i18n';
import './report.css';
import { Report } from './Report';

void messagesReady(browser.i18n).then(() => {
  markPageLanguage();
  render(<Report />, document.getElementById('app')!);
});
