import { render } from 'preact';
import '../../components/theme.css';
import './popup.css';
import { dailyReview, Popup } from './Popup';

// The first frame waits for the day's figures (see use-daily-review.ts).
void dailyReview.ready.then(() => render(<Popup />, document.getElementById('app')!));
