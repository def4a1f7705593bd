import { useEffect } from 'preact/hooks';
import { message } from '../../../text/i18n';
import type { ChosenNudge, NudgeAction } from '../../../nudges/choose-nudges';
import type { NudgeRule } from '../../../nudges/nudge';
import { setNudgeSwitchedOff } from '../../../settings/nudge-prefs';
import type { RealignDb } from '../../../storage/db';
import { recordNudgeEvent } from '../../../storage/nudge-history';

/**
 * At most two suggestions, each with its reason. Done, Later and Turn off are one click each;
 * nothing blocks and nothing insists. `db` opens the database when first called: the popup opens it
 * after its first frame (use-daily-review.ts), and a nudge is recorded as shown once it is open.
 */
export function Nudges({ db, nudges }: { db: () => Promise<RealignDb>; nudges: ChosenNudge[] }) {
  const rules = nudges.map((nudge) => nudge.rule).join(',');
  // Recorded once per opening of the popup, not on every re-render: the rules shown are the key.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `rules` stands for `nudges`; db is the page's one opener
  useEffect(() => {
    const at = Date.now();
    for (const nudge of nudges) void db().then((opened) => recordNudgeEvent(opened, { rule: nudge.rule, action: 'shown', at }));
  }, [rules]);
  if (nudges.length === 0) return null;

  const act = async (rule: NudgeRule, action: NudgeAction) => {
    if (action === 'switched-off') await setNudgeSwitchedOff(rule, true);
    await recordNudgeEvent(await db(), { rule, action, at: Date.now() });
  };

  return (
    <section class="nudges" aria-label={message('popupNudgesLabel')}>
      {nudges.map((nudge) => (
        <article class="nudge" key={nudge.rule} data-rule={nudge.rule}>
          <p class="nudge__text">{nudge.text}</p>
          <details class="nudge__why" open={nudge.isFirstTime}>
            <summary>{message('popupNudgeWhy')}</summary>
            <p>
              {nudge.reason} {nudge.isFirstTime && message('popupNudgeFirstTime')}
            </p>
          </details>
          <div class="nudge__actions">
            <button type="button" class="primary" onClick={() => void act(nudge.rule, 'acted')}>
              {message('popupNudgeDone')}
            </button>
            <button type="button" onClick={() => void act(nudge.rule, 'snoozed')}>
              {message('popupNudgeLater')}
            </button>
            <button type="button" class="link" onClick={() => void act(nudge.rule, 'switched-off')}>
              {message('popupNudgeTurnOff')}
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
