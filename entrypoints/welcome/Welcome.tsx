import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BrandHeader } from '../../components/BrandHeader';
import type { Category } from '../../model/categories';
import { setGoal, type Goals } from '../../settings/goals';
import { setLabelMode, type LabelMode, type LabelModes } from '../../settings/label-modes';
import { GoalChoices } from './GoalChoices';
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

  const save = (what: string, write: () => Promise<unknown>) =>
    void write().then(
      () => setStatus(`Saved: ${what}.`),
      (error: unknown) => setStatus(`Could not save ${what}: ${String(error)}`),
    );
  const changeGoal = (key: keyof Goals, value: number) => {
    setGoals({ ...goals, [key]: value });
    save('your goals', () => setGoal(key, value));
  };
  const changeMode = (category: Category, mode: LabelMode) => {
    setModes({ ...modes, [category]: mode });
    save('how flagged posts are shown', () => setLabelMode(category, mode));
  };

  return (
    <main class="welcome">
      <BrandHeader title="Welcome to Realign">
        <p class="muted welcome__tagline">See what your feeds feed you.</p>
      </BrandHeader>

      <section class="card welcome__section" aria-labelledby="does-heading">
        <h2 id="does-heading">What Realign does</h2>
        <ul class="welcome__list">
          <li>On X, Reddit, Hacker News, YouTube, LinkedIn, Facebook, Instagram, Threads, Bluesky, Mastodon and TikTok, it labels posts that are likely AI-written or built to provoke (outrage, fear, clickbait, ad pressure, scams, engagement bait), with the reasons and how sure it is.</li>
          <li>It counts your time in the browser: consuming, creating, or neither.</li>
          <li>Its button in the toolbar opens today's review; a weekly summary shows the week in charts and words.</li>
        </ul>
      </section>

      <section class="card welcome__section" aria-labelledby="stores-heading">
        <h2 id="stores-heading">What it keeps, and where</h2>
        <p>
          Only on this device, in this browser: time per site (names like <code>x.com</code>, not full addresses), the posts you
          saw in those feeds with their labels and first words, and daily totals. The detailed history is deleted after 180 days unless you choose otherwise in the settings;
          nothing you type is stored. <strong>Nothing is sent anywhere.</strong> You can export or delete all of it from the weekly
          summary, and removing Realign removes it all.
        </p>
      </section>

      <GoalChoices goals={goals} onChange={changeGoal} />
      <LabelChoices modes={modes} onChange={changeMode} />

      <div class="welcome__done">
        <p class="muted" role="status" aria-live="polite">{status || 'The choices above are saved as you make them.'}</p>
        <button type="button" class="primary" onClick={() => void closeThisTab()}>
          Done
        </button>
      </div>
    </main>
  );
}
