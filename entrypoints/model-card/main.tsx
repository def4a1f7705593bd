import { render } from 'preact';
import '../../components/theme.css';
import './model-card.css';
import { ModelCard } from './ModelCard';

render(<ModelCard />, document.getElementById('app')!);
