import { message } from '../../text/i18n';
import { useCorruptSettings } from './corrupt-context';

/** "“Goals”, “Sensitivity”": the list style of the person's language, with its own quotes. */
const nameList = new Intl.ListFormat(undefined, { type: 'unit' });

/**
 * Says, inside a section, which of its settings could not be read and now show their defaults.
 * The note goes away as soon as the setting is changed, because that stores a sound value.
 */
export function CorruptNote({ section }: { section: string }) {
  const corrupt = useCorruptSettings().filter((spec) => spec.section === section);
  if (corrupt.length === 0) return null;
  const names = nameList.format(corrupt.map((spec) => message('optionsCorruptName', [message(spec.nameKey)])));
  return (
    <p class="corrupt-note" role="status" data-testid="corrupt-note">
      <strong>{message('optionsCorruptNoteLead')}</strong> {message('optionsCorruptNote', [names])}
    </p>
  );
}
