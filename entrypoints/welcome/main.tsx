import { render } from 'preact';
import '../../components/theme.css';
import { readGoals } from '../../settings/goals';
import { readLabelModes } from '../../settings/label-modes';
import './welcome.css';
import { Welcome } from './Welcome';

// The first frame shows the stored choices (the defaults on a first run), never a flash of others.
void Promise.all([readGoals(), readLabelModes()]).then(([initialGoals, initialModes]) =>
  render(<Welcome initialGoals={initialGoals} initialModes={initialModes} />, document.getElementById('app')!),
);
