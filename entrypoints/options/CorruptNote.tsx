import { useCorruptSettings } from './corrupt-context';

/**
 * Says, inside a section, which of its settings could not be read and now show their defaults.
 * The note goes away as soon as the setting is changed, because that stores a sound value.
 */
export function CorruptNote({ section }: { section: string }) {
  const corrupt = useCorruptSettings().filter((spec) => spec.section === section);
  if (corrupt.length === 0) return null;
  const names = corrupt.map((spec) => `“${spec.name}”`).join(', ');
  return (
    <p class="corrupt-note" role="status" data-testid="corrupt-note">
      <strong>Reset to defaults:</strong> the stored value of {names} could not be read, so Realign is using the
      default shown here. Nothing else was changed; choosing a value saves it again.
    </p>
  );
}
