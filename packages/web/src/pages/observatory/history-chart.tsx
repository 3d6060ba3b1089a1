import { useId } from 'react';
import { formatDate, formatDateTime } from '../../components/time.tsx';
import { historyLayout } from './chart-model.ts';
import type { HistoryPoint } from './chart-model.ts';
import { gradeClass } from './labels.ts';

/**
 * A domain's grade over time, drawn as one small SVG (no chart library). Screen readers get the
 * same facts from the chart's description; the history table below lists every scan.
 */
export function HistoryChart({ points, domain }: { points: HistoryPoint[]; domain: string }) {
  const titleId = useId();
  const descId = useId();
  const layout = historyLayout(points);
  const description = layout.dots.map((dot) => `${formatDateTime(new Date(dot.at))}: ${dot.grade ?? 'no server reached'}`).join('; ');
  return (
    <figure className="chart history-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${titleId} ${descId}`} data-testid="history-chart">
        <title id={titleId}>Grades of {domain} over time</title>
        <desc id={descId}>{description || 'No completed scan yet.'}</desc>
        {layout.levels.map((level) => (
          <g key={level.label}>
            <line x1={layout.plot.left} x2={layout.plot.right} y1={level.y} y2={level.y} className="chart-grid" />
            <text x={layout.plot.left - 10} y={level.y + 4} textAnchor="end" className="chart-axis">
              {level.label}
            </text>
          </g>
        ))}
        {layout.dots.length > 1 ? <path d={layout.path} className="chart-line" fill="none" /> : null}
        {layout.dots.map((dot, index) => (
          <circle key={index} cx={dot.x} cy={dot.y} r={5} className={`chart-dot ${gradeClass(dot.grade)}`} />
        ))}
        {layout.ticks.map((tick, index) => (
          <text key={index} x={tick.x} y={layout.height - 10} textAnchor={layout.ticks.length === 1 ? 'middle' : index === 0 ? 'start' : 'end'} className="chart-axis">
            {formatDate(new Date(tick.at))}
          </text>
        ))}
      </svg>
      <figcaption>Grade at each completed scan, best (A+) at the top.</figcaption>
    </figure>
  );
}
