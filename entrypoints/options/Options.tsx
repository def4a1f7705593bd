import { BrandHeader } from '../../components/BrandHeader';
import { message } from '../../text/i18n';
import { CorruptContext, useCorruptSettingsSource } from './corrupt-context';
import { CorruptSummary } from './CorruptSummary';
import { DataSection } from './sections/DataSection';
import { GoalsSection } from './sections/GoalsSection';
import { LabelsSection } from './sections/LabelsSection';
import { NotificationsSection } from './sections/NotificationsSection';
import { NudgesSection } from './sections/NudgesSection';
import { SitesSection } from './sections/SitesSection';
import { TimeSection } from './sections/TimeSection';
import { TableOfContents } from './TableOfContents';

/** Every setting, in sections; each change is stored and applied at once, nothing to save. */
export function Options() {
  const corrupt = useCorruptSettingsSource();
  return (
    <CorruptContext.Provider value={corrupt}>
      <div class="options-layout">
        <BrandHeader title={message('optionsTitle')}>
          <p class="muted brand-header__sub">{message('optionsNoSaveButton')}</p>
        </BrandHeader>
        <TableOfContents />
        <main class="options">
          <CorruptSummary />
          <GoalsSection />
          <LabelsSection />
          <SitesSection />
          <TimeSection />
          <NudgesSection />
          <NotificationsSection />
          <DataSection />
        </main>
      </div>
    </CorruptContext.Provider>
  );
}
