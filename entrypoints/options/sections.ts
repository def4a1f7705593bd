/** The settings page's sections, in page order: its table of contents and its anchors. */
import { message } from '../../components/i18n';

export const SECTIONS = [
  { id: 'goals', title: message('optionsSectionGoals') },
  { id: 'labels', title: message('optionsSectionLabels') },
  { id: 'sites', title: message('optionsSectionSites') },
  { id: 'time', title: message('optionsSectionTime') },
  { id: 'nudges', title: message('optionsSectionNudges') },
  { id: 'notifications', title: message('optionsSectionNotifications') },
  { id: 'data', title: message('optionsSectionData') },
] as const;
