import { useCorruptSettings } from './corrupt-context';
import { SECTIONS } from './sections';

/** At the top of the page: which sections hold a setting that was reset to its default. */
export function CorruptSummary() {
  const corrupt = useCorruptSettings();
  if (corrupt.length === 0) return null;
  const sections = SECTIONS.filter((section) => corrupt.some((spec) => spec.section === section.id));
  return (
    <div class="corrupt-note corrupt-note--summary" role="status">
      <strong>Some settings could not be read and are back at their defaults.</strong> Realign keeps working with the
      defaults; see{' '}
      {sections.map((section, i) => (
        <span key={section.id}>
          {i > 0 && ', '}
          <a href={`#${section.id}`}>{section.title}</a>
        </span>
      ))}
      .
    </div>
  );
}
