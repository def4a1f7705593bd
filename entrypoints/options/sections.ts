/** The settings page's sections, in page order: its table of contents and its anchors. */
import { messageTable } from '../../text/i18n';

const TITLES = messageTable({
  goals: 'optionsSectionGoals',
  labels: 'optionsSectionLabels',
  sites: 'optionsSectionSites',
  time: 'optionsSectionTime',
  nudges: 'optionsSectionNudges',
  notifications: 'optionsSectionNotifications',
  data: 'optionsSectionData',
});

export const SECTIONS = (Object.keys(TITLES) as (keyof typeof TITLES)[]).map((id) => ({
  id,
  get title() {
    return TITLES[id];
  },
}));
