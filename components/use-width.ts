import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The rendered width of an element, kept current as the window resizes, so an SVG chart can be
 * drawn at its real size (text stays 11 px instead of shrinking with a scaled viewBox).
 */
export function useWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
