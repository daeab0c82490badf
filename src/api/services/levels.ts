// Counting by government level, in the domain's top-down order.
import { GOVERNMENT_LEVELS, type GovernmentLevel } from '../../domain.js';
import type { LevelCount } from '../types/concept.type.js';

export function levelCounts(levels: readonly GovernmentLevel[]): LevelCount[] {
  return GOVERNMENT_LEVELS.map((level) => ({
    level,
    count: levels.filter((l) => l === level).length,
  })).filter((c) => c.count > 0);
}
