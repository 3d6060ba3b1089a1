import { z } from 'zod';
import type { Level, Threat } from './model.ts';

/**
 * The priority matrix (documented in RULES.md): likelihood and damage are scored low 1, medium 2,
 * high 3; their product places the threat in one of four priorities.
 *
 *                  damage low   damage medium   damage high
 *   likely high    medium (3)   high (6)        critical (9)
 *   likely medium  low (2)      medium (4)      high (6)
 *   likely low     low (1)      low (2)         medium (3)
 */

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

const LEVEL_SCORE: Record<Level, number> = { low: 1, medium: 2, high: 3 };

export interface PriorityRating {
  priority: Priority;
  /** likelihood score × damage score, 1–9. */
  score: number;
}

export function priorityOf(likelihood: Level, damage: Level): PriorityRating {
  const score = LEVEL_SCORE[likelihood] * LEVEL_SCORE[damage];
  const priority: Priority = score >= 9 ? 'critical' : score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
  return { priority, score };
}

export function threatPriority(threat: Pick<Threat, 'likelihood' | 'damage'>): PriorityRating {
  return priorityOf(threat.likelihood, threat.damage);
}

/** The matrix as rows (likelihood high → low) of cells (damage low → high), for rendering. */
export function priorityMatrix(): { likelihood: Level; cells: { damage: Level; rating: PriorityRating }[] }[] {
  const levels: Level[] = ['low', 'medium', 'high'];
  return [...levels].reverse().map((likelihood) => ({
    likelihood,
    cells: levels.map((damage) => ({ damage, rating: priorityOf(likelihood, damage) })),
  }));
}

/**
 * Register order: retired threats last; then higher score first; on equal scores the greater
 * damage first (a rare catastrophe outranks a frequent nuisance); then by name, then slug, so the
 * order is total and stable.
 */
export function compareThreats(a: Threat, b: Threat): number {
  const retired = Number(a.status === 'retired') - Number(b.status === 'retired');
  if (retired !== 0) return retired;
  const score = threatPriority(b).score - threatPriority(a).score;
  if (score !== 0) return score;
  const damage = LEVEL_SCORE[b.damage] - LEVEL_SCORE[a.damage];
  if (damage !== 0) return damage;
  return a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function orderRegister<T extends Threat>(threats: readonly T[]): T[] {
  return [...threats].sort(compareThreats);
}
