import { message } from '../../text/i18n';
import { SECTIONS } from './sections';

/** A short list of the sections, beside the page on wide screens and above it on narrow ones. */
export function TableOfContents() {
  return (
    <nav class="toc" aria-label={message('optionsTocLabel')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
        <li class="toc__extra">
          <a href="/model-card.html">{message('optionsModelCardLink')}</a>
        </li>
      </ul>
    </nav>
  );
}
