import { useId } from 'react';
import { BAR_HEIGHT, barLayout, percent, shareText } from './chart-model.ts';
import type { ShareBar } from './chart-model.ts';

/**
 * Shares as horizontal bars in one SVG, with the numbers written next to the bars, in the chart's
 * description, and in a table under it: the chart never holds the only copy of a figure.
 */
export function BarChart({ title, bars, barClass, note }: { title: string; bars: ShareBar[]; barClass?: (bar: ShareBar) => string; note?: string }) {
  const titleId = useId();
  const descId = useId();
  const layout = barLayout(bars);
  return (
    <figure className="chart bar-chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <desc id={descId}>{bars.map((bar) => `${bar.label}: ${shareText(bar)}`).join('; ')}</desc>
        {layout.rows.map((row) => (
          <g key={row.key}>
            <text x={0} y={row.labelY} className="chart-label">
              {row.label}
            </text>
            <rect x={0} y={row.barY} width={layout.trackWidth} height={BAR_HEIGHT} className="chart-track" />
            {row.barWidth > 0 ? <rect x={0} y={row.barY} width={row.barWidth} height={BAR_HEIGHT} className={`chart-bar ${barClass?.(row) ?? ''}`} /> : null}
            <text x={row.valueX} y={row.barY + BAR_HEIGHT - 3} className="chart-value">
              {row.valueText}
            </text>
          </g>
        ))}
      </svg>
      {note ? <p className="hint">{note}</p> : null}
      <details>
        <summary>The figures as a table</summary>
        <div className="table-wrap" role="region" aria-label={`${title}: the figures`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col">Domains</th>
                <th scope="col">Measured</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{bar.count}</td>
                  <td>{bar.sample}</td>
                  <td>{bar.share === null ? 'not measured' : percent(bar.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
