import { render } from 'preact';
import '../../components/theme.css';
import { markPageLanguage, messagesReady } from '../../components/i18n';
import './report.css';
import { Report } from './Report';

void messagesReady().then(() => {
  markPageLanguage();
  render(<Report />, document.getElementById('app')!);
});
