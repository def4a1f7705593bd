/**
 * onChange for a checkbox whose setting needs the browser's permission first (the weekly
 * reminder, goal alerts, typing on any site). The box shows what is stored: it is put back at
 * once and ticks only when the setting is stored as on, after the browser allowed it. Left to
 * itself, a box stays ticked while the prompt is open, and after a refusal too, since the stored
 * value did not change and nothing renders it again.
 */
export function showingStored(stored: boolean, turn: (wantsOn: boolean) => void) {
  return (event: { currentTarget: HTMLInputElement }) => {
    const wantsOn = event.currentTarget.checked;
    event.currentTarget.checked = stored;
    turn(wantsOn);
  };
}
