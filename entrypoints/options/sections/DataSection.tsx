import { SettingsSection } from '../SettingsSection';

export function DataSection() {
  return (
    <SettingsSection id="data" title="Your data">
      <p>
        Everything Realign notices stays in this browser, on this device. It sends nothing anywhere: no account, no
        analytics, no network requests of its own. Uninstalling it deletes everything.
      </p>
      <ul class="link-list">
        <li>
          <a href="/report.html">Export, import or delete your history</a>
          <span class="muted"> on the weekly summary page: Markdown, CSV and a full JSON backup.</span>
        </li>
        <li>
          <a href="#time">How long detailed history is kept, and whether post snippets are kept</a>
          <span class="muted"> are under Time tracking.</span>
        </li>
        <li>
          <a href="/model-card.html">How Realign judges posts</a>
          <span class="muted">: the model, its measured accuracy and what it cannot know.</span>
        </li>
      </ul>
    </SettingsSection>
  );
}
