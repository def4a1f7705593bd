/** The settings page's sections, in page order: its table of contents and its anchors. */
export const SECTIONS = [
  { id: 'goals', title: 'Goals' },
  { id: 'labels', title: 'Labels' },
  { id: 'sites', title: 'Sites' },
  { id: 'time', title: 'Time tracking' },
  { id: 'nudges', title: 'Nudges' },
  { id: 'notifications', title: 'Notifications' },
  { id: 'data', title: 'Your data' },
] as const;
