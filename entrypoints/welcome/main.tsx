import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { message, markPageLanguage, messagesReady } from '../../text/i18n';
import { readGoals } from '../../settings/goals';
import { readLabelModes } from '../../settings/label-modes';
import '../../components/fields.css';
import './welcome.css';
import { Welcome } from './Welcome';

// The first frame shows the stored choices (the defaults on a first run), never a flash of others.
void Promise.all([readGoals(), readLabelModes(), messagesReady(browser.i18n)]).then(([initialGoals, initialModes]) => {
  // index.html's <title> is English; extension pages cannot use __MSG_…__ there.
  markPageLanguage();
  document.title = message('welcomeTitle');
  render(<Welcome initialGoals={initialGoals} initialModes={initialModes} />, document.getElementById('app')!);
});
