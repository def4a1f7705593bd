import type { ComponentChildren } from 'preact';

/** The mark and a title, at the top of every extension page. */
export function BrandHeader({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="brand-header">
      <img src="/icon/32.png" width={28} height={28} alt="" />
      <div class="brand-header__text">
        <h1>{title}</h1>
        {children}
      </div>
    </header>
  );
}
