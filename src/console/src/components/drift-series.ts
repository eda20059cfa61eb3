import type { SecurityEvent } from '../../../core/index.ts';

/** One line of a TimeSeriesChart (same shape as its Series). */
export interface DriftLine {
  name: string;
  color: string;
  values: number[];
}

const colors = ['#5b9cff', '#f5a524', '#34d399', '#c084fc', '#f87171'];

/**
 * Chart data from `predict.drift` events (sorted by time): one line per route (up to five) of the
 * window's largest feature PSI; a route's line holds its latest figure until its next window.
 */
export function driftSeries(events: readonly SecurityEvent[]): { times: string[]; series: DriftLine[] } {
  const routes = [...new Set(events.map((event) => event.route ?? '-'))].slice(0, colors.length);
  return {
    times: events.map((event) => event.time),
    series: routes.map((route, index) => {
      let last = 0;
      return {
        name: `${route} max PSI`,
        color: colors[index]!,
        values: events.map((event) => {
          if ((event.route ?? '-') === route) last = Number(event.attrs.max_psi ?? 0);
          return last;
        }),
      };
    }),
  };
}
