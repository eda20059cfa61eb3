import { formatClock, formatCount, niceMax } from '../format.ts';

export interface Series {
  name: string;
  color: string;
  values: number[];
}

/** A hand-drawn SVG line chart over evenly spaced time buckets (no chart library). */
export function TimeSeriesChart({
  times,
  series,
  height = 180,
  label,
  legend = 'sum',
}: {
  times: string[];
  series: Series[];
  height?: number;
  label: string;
  /** What the legend shows per series: the total (counts) or the latest value (a statistic such as PSI). */
  legend?: 'sum' | 'last';
}) {
  const width = 640;
  const padding = { top: 10, right: 12, bottom: 24, left: 44 };
  const innerWidth = width - padding.left - padding.right;
  const innerHeight = height - padding.top - padding.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((line) => line.values)));
  const count = Math.max(times.length, 2);
  const x = (index: number) => padding.left + (index / (count - 1)) * innerWidth;
  const y = (value: number) => padding.top + innerHeight - (value / max) * innerHeight;
  const ticks = [0, max / 2, max];
  const labelEvery = Math.max(1, Math.ceil(times.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} preserveAspectRatio="none">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={padding.left}
              x2={width - padding.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text x={padding.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        {times.map((time, index) =>
          index % labelEvery === 0 ? (
            <text key={time} x={x(index)} y={height - 6} textAnchor="middle" className="chart-axis">
              {formatClock(time)}
            </text>
          ) : null,
        )}
        {series.map((line) => {
          const points = line.values.map((value, index) => `${x(index)},${y(value)}`).join(' ');
          const area = `${x(0)},${y(0)} ${points} ${x(line.values.length - 1)},${y(0)}`;
          return (
            <g key={line.name}>
              <polygon points={area} fill={line.color} opacity={0.12} />
              <polyline points={points} fill="none" stroke={line.color} strokeWidth={2} />
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((line) => (
          <span key={line.name}>
            <i style={{ background: line.color }} />
            {line.name}{' '}
            <b>
              {legend === 'last'
                ? (line.values[line.values.length - 1] ?? 0).toFixed(2)
                : formatCount(line.values.reduce((sum, value) => sum + value, 0))}
            </b>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars for top-N lists. */
export function BarList({ rows, empty }: { rows: Array<{ value: string; count: number }>; empty: string }) {
  if (rows.length === 0) return <div className="muted">{empty}</div>;
  const max = Math.max(...rows.map((row) => row.count), 1);
  return (
    <ul className="bar-list">
      {rows.map((row) => (
        <li key={row.value}>
          <span className="bar-label" title={row.value}>
            {row.value}
          </span>
          <span className="bar-track">
            <span className="bar-fill" style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
          <span className="bar-count">{formatCount(row.count)}</span>
        </li>
      ))}
    </ul>
  );
}
