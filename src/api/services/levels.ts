// Counting by government level, in the domain's top-down order.
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain.js';
import type { LevelCount } from '../types/concept.type.js';

/** Counts per level; `weights[i]` (default 1) is how many items `levels[i]` stands for. */
export function levelCounts(levels: readonly GovernmentLevel[], weights?: readonly number[]): LevelCount[] {
  return GOVERNMENT_LEVELS.map((level) => ({
    level,
    count: levels.reduce((n, l, i) => (l === level ? n + (weights?.[i] ?? 1) : n), 0),
  })).filter((c) => c.count > 0);
}
