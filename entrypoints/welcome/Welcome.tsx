import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandHeader } from '../../components/BrandHeader';
import { GoalFields } from '../../components/GoalFields';
import { message, type MessageKey } from '../../text/i18n';
import type { Category } from '../../model/categories';
import { setGoal, type Goals } from '../../settings/goals';
import { setLabelMode, type LabelMode, type LabelModes } from '../../settings/label-modes';
import { LabelChoices } from './LabelChoices';

export interface WelcomeProps {
  initialGoals: Goals;
  initialModes: LabelModes;
}

/** Closes this tab: the page was opened by Realign, so it may close it (window.close may not). */
async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** Shown once after install: what Realign does, what it keeps, and the first choices. */
export function Welcome({ initialGoals, initialModes }: WelcomeProps) {
  const [goals, setGoals] = useState(initialGoals);
  const [modes, setModes] = useState(initialModes);
  const [status, setStatus] = useState('');

  const save = (saved: MessageKey, write: () => Promise<unknown>) =>
    void write().then(
      () => setStatus(message(saved)),
      (error: unknown) => setStatus(message('welcomeSaveFailed', [String(error)])),
    );
  /** The box says "Saved." or why not beside itself (NumberField); nothing to add down here. */
  const changeGoal = async (key: keyof Goals, value: number) => {
    await setGoal(key, value);
    setGoals({ ...goals, [key]: value });
  };
  const changeMode = (category: Category, mode: LabelMode) => {
    setModes({ ...modes, [category]: mode });
    save('welcomeSavedModes', () => setLabelMode(category, mode));
  };

  return (
    <main class="welcome">
      <BrandHeader title={message('welcomeTitle')}>
        <p class="muted welcome__tagline">{message('welcomeTagline')}</p>
      </BrandHeader>

      <section class="card welcome__section" aria-labelledby="does-heading">
        <h2 id="does-heading">{message('welcomeDoesHeading')}</h2>
        <ul class="welcome__list">
          <li>{message('welcomeDoesLabels')}</li>
          <li>{message('welcomeDoesTime')}</li>
          <li>{message('welcomeDoesReview')}</li>
        </ul>
      </section>

      <section class="card welcome__section" aria-labelledby="stores-heading">
        <h2 id="stores-heading">{message('welcomeKeepsHeading')}</h2>
        <p>
          {message('welcomeKeeps')} <strong>{message('welcomeNothingSent')}</strong> {message('welcomeExportDelete')}
        </p>
      </section>

      <section class="card welcome__section" aria-labelledby="goals-heading">
        <h2 id="goals-heading">{message('welcomeGoalsHeading')}</h2>
        <p class="muted">{message('welcomeGoalsIntro')}</p>
        <GoalFields goals={goals} save={changeGoal} />
      </section>
      <LabelChoices modes={modes} onChange={changeMode} />

      <div class="welcome__done">
        <p class="muted" role="status" aria-live="polite">{status || message('welcomeSavedAsYouGo')}</p>
        <button type="button" class="primary" onClick={() => void closeThisTab()}>
          {message('welcomeDone')}
        </button>
      </div>
    </main>
  );
}
