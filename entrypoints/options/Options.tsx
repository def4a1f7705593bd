import { ActivitySettings } from '../../components/ActivitySettings';
import { BrandHeader } from '../../components/BrandHeader';
import { SiteToggles } from '../../components/SiteToggles';

export function Options() {
  return (
    <main class="options">
      <BrandHeader title="Realign settings" />
      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites Realign reads</h2>
        <p class="muted">Turn a site off and Realign stops reading it in every open tab.</p>
        <SiteToggles />
      </section>
      <section class="card" aria-labelledby="time-heading">
        <h2 id="time-heading">Time tracking</h2>
        <ActivitySettings />
      </section>
      <section class="card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything Realign notices stays in this browser, on this device. It sends nothing anywhere: no
          account, no analytics, no network requests of its own.
        </p>
      </section>
    </main>
  );
}
