// Counting by government level, in the domain's top-down order.
import { GOVERNMENT_LEVELS } from '../../domain.js';
export function levelCounts(levels) {
    return GOVERNMENT_LEVELS.map((level) => ({ level, count: levels.filter((l) => l === level).length })).filter((c) => c.count > 0);
}
//# sourceMappingURL=levels.js.map