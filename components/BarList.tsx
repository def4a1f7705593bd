/** A small horizontal bar chart as a list: each row a label, a bar and its value in words. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  valueText: string;
  /** A CSS colour or variable for the bar. */
  color?: string;
  /** A short second line under the label (the "why"). */
  detail?: string;
}

export function BarList({ bars, max, label }: { bars: Bar[]; max?: number; label: string }) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <ul class="bar-list" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key}>
          <span class="bar-list__label">
            {bar.label}
            {bar.detail && <span class="bar-list__detail">{bar.detail}</span>}
          </span>
          <span class="bar-list__track" aria-hidden="true">
            <span
              class="bar-list__bar"
              style={{ width: `${Math.max(2, (bar.value / top) * 100)}%`, background: bar.color ?? 'var(--accent)' }}
            />
          </span>
          <span class="bar-list__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
