import type { ComponentChildren } from 'preact';
import { CorruptNote } from './CorruptNote';

export interface SettingsSectionProps {
  /** Also the anchor the table of contents links to. */
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** One card of the settings page: heading, a sentence on what it is for, its controls. */
export function SettingsSection({ id, title, intro, children }: SettingsSectionProps) {
  return (
    <section id={id} class="card settings-section" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="settings-section__intro">{intro}</p>}
      <CorruptNote section={id} />
      {children}
    </section>
  );
}
