import { render } from 'preact';
import '../../components/theme.css';
import { message, markPageLanguage, messagesReady } from '../../components/i18n';
import '../../components/fields.css';
import './options.css';
import { Options } from './Options';

// index.html's <title> is English; extension pages cannot use __MSG_…__ there.
void messagesReady().then(() => {
  markPageLanguage();
  document.title = message('optionsTitle');
  render(<Options />, document.getElementById('app')!);
});
