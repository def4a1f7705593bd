import { SECTIONS } from './sections';

/** A short list of the sections, beside the page on wide screens and above it on narrow ones. */
export function TableOfContents() {
  return (
    <nav class="toc" aria-label="Settings sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
        <li class="toc__extra">
          <a href="/model-card.html">How Realign judges posts</a>
        </li>
      </ul>
    </nav>
  );
}
