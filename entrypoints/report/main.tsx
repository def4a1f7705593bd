import { render } from 'preact';
import '../../components/theme.css';
import { messagesReady } from '../../components/i18n';
import './report.css';
import { Report } from './Report';

void messagesReady().then(() => render(<Report />, document.getElementById('app')!));
