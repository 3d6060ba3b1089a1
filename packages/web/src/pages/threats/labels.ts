import type { ApiResponse } from '../../api/client.ts';
import type { Tone } from '../../components/ui.tsx';

export type ThreatSummary = ApiResponse<'/api/v1/threats', 'get'>['threats'][number];
export type ThreatDetail = ApiResponse<'/api/v1/threats/{slug}', 'get'>;
export type Priority = ThreatSummary['priority']['priority'];
export type Level = ThreatSummary['likelihood'];
export type ThreatStatus = ThreatSummary['status'];

export const PRIORITY: Record<Priority, { label: string; tone: Tone }> = {
  critical: { label: 'critical', tone: 'bad' },
  high: { label: 'high', tone: 'bad' },
  medium: { label: 'medium', tone: 'warn' },
  low: { label: 'low', tone: 'muted' },
};

export const STATUS: Record<ThreatStatus, { label: string; tone: Tone }> = {
  draft: { label: 'draft', tone: 'warn' },
  reviewed: { label: 'reviewed', tone: 'ok' },
  retired: { label: 'retired', tone: 'muted' },
};

/** Dollars, shortened: $1,500, $2.5M, $1B; null means no feasible attack. */
export function formatCost(cost: number | null): string {
  if (cost === null || !Number.isFinite(cost)) return 'blocked';
  const trim = (value: number) => value.toFixed(1).replace(/\.0$/, '');
  if (cost >= 1e9) return `$${trim(cost / 1e9)}B`;
  if (cost >= 1e6) return `$${trim(cost / 1e6)}M`;
  return `$${Math.round(cost).toLocaleString('en-US')}`;
}

/** A probability as a percentage with two significant digits; tiny ones as "<0.1%". */
export function formatLikelihood(probability: number): string {
  if (probability <= 0) return '0%';
  const percent = probability * 100;
  if (percent < 0.1) return '<0.1%';
  return `${Number(percent.toPrecision(2))}%`;
}

