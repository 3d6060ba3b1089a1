import { GRADE_ORDER } from './labels.ts';
import type { Grade } from './report-types.ts';

/**
 * Geometry for the observatory's two small charts, kept apart from the drawing so it can be
 * tested: a grade history (grades over time, best at the top) and horizontal share bars.
 */

export interface HistoryPoint {
  at: string;
  grade: Grade | null;
}

export interface HistoryLayout {
  width: number;
  height: number;
  /** The grade levels on the vertical axis: every grade, then "none" (no server reached). */
  levels: { label: string; y: number }[];
  dots: { x: number; y: number; at: string; grade: Grade | null }[];
  /** One polyline through the dots in time order. */
  path: string;
  /** First and last instants under the horizontal axis. */
  ticks: { x: number; at: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const LEVELS: (Grade | null)[] = [...GRADE_ORDER, null];

export function historyLayout(points: readonly HistoryPoint[], width = 640, height = 240): HistoryLayout {
  const plot = { left: 48, right: width - 16, top: 12, bottom: height - 36 };
  const step = (plot.bottom - plot.top) / (LEVELS.length - 1);
  const yOf = (grade: Grade | null) => plot.top + LEVELS.indexOf(grade) * step;
  const sorted = points
    .map((point) => ({ ...point, time: Date.parse(point.at) }))
    .filter((point) => Number.isFinite(point.time))
    .sort((a, b) => a.time - b.time);
  const first = sorted[0]?.time ?? 0;
  const last = sorted[sorted.length - 1]?.time ?? 0;
  const span = last - first;
  const xOf = (time: number) => (span === 0 ? (plot.left + plot.right) / 2 : plot.left + ((time - first) / span) * (plot.right - plot.left));
  const dots = sorted.map((point) => ({ x: round(xOf(point.time)), y: round(yOf(point.grade)), at: point.at, grade: point.grade }));
  const path = dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  const ticks = dots.length === 0 ? [] : dots.length === 1 ? [{ x: dots[0]!.x, at: dots[0]!.at }] : [{ x: dots[0]!.x, at: dots[0]!.at }, { x: dots[dots.length - 1]!.x, at: dots[dots.length - 1]!.at }];
  return { width, height, levels: LEVELS.map((grade) => ({ label: grade ?? 'none', y: round(yOf(grade)) })), dots, path, ticks, plot };
}

export interface ShareBar {
  key: string;
  label: string;
  count: number;
  sample: number;
  /** count / sample; null when nothing was measured. */
  share: number | null;
}

export interface BarRow extends ShareBar {
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
  valueText: string;
}

export const BAR_ROW_HEIGHT = 44;
export const BAR_HEIGHT = 16;
/** The part of the width the bars may fill; the values are written in a column after it. */
const TRACK_SHARE = 0.68;

/** Horizontal bars, one row each: the label above, the bar below it, the value after the bar's track. */
export function barLayout(bars: readonly ShareBar[], width = 480): { width: number; height: number; trackWidth: number; rows: BarRow[] } {
  const trackWidth = round(width * TRACK_SHARE);
  const rows = bars.map((bar, index) => {
    const top = index * BAR_ROW_HEIGHT;
    const barWidth = bar.share === null ? 0 : round(Math.max(0, Math.min(1, bar.share)) * trackWidth);
    return { ...bar, labelY: top + 14, barY: top + 20, barWidth, valueX: trackWidth + 10, valueText: shareText(bar) };
  });
  return { width, height: bars.length * BAR_ROW_HEIGHT + 4, trackWidth, rows };
}

/** "2 of 5 (40%)", or "not measured" when no domain could be measured. */
export function shareText(bar: Pick<ShareBar, 'count' | 'sample' | 'share'>): string {
  if (bar.share === null || bar.sample === 0) return 'not measured';
  return `${bar.count} of ${bar.sample} (${percent(bar.share)})`;
}

export function percent(share: number): string {
  const value = share * 100;
  return `${value > 0 && value < 1 ? value.toFixed(1) : Math.round(value)}%`;
}

const round = (value: number) => Math.round(value * 10) / 10;

