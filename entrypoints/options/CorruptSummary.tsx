import { message } from '../../text/i18n';
import { messageWith } from '../../components/message-with';
import { useCorruptSettings } from './corrupt-context';
import { SECTIONS } from './sections';

const sectionList = new Intl.ListFormat(undefined, { type: 'unit' });

/** At the top of the page: which sections hold a setting that was reset to its default. */
export function CorruptSummary() {
  const corrupt = useCorruptSettings();
  if (corrupt.length === 0) return null;
  const sections = SECTIONS.filter((section) => corrupt.some((spec) => spec.section === section.id));
  // The language's list, with a link in place of each section's title.
  const links = sectionList.formatToParts(sections.map((section) => section.id)).map((part) => {
    const section = part.type === 'element' ? sections.find((s) => s.id === part.value) : undefined;
    return section ? <a key={section.id} href={`#${section.id}`}>{section.title}</a> : part.value;
  });
  return (
    <div class="corrupt-note corrupt-note--summary" role="status">
      <strong>{message('optionsCorruptSummaryLead')}</strong> {messageWith('optionsCorruptSummary', links)}
    </div>
  );
}
