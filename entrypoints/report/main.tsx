import { render } from 'preact';
import '../../components/theme.css';
import './report.css';
import { Report } from './Report';

render(<Report />, document.getElementById('app')!);
