import { findUnitAnnotations, removeSpans } from './annotation.js';
import { readUnitList } from './roles.js';
import { ruleInAnnotation } from './rule.js';
import { unitRegionCode } from './scope.js';
export { detectUnitRule, NO_UNIT_RULE, UNIT_RULE_KINDS } from './rule.js';
export { normalizeUnitName, isCollectiveName } from './names.js';
const ROLE_STRENGTH = { lead: 2, 'co-lead': 1, support: 0 };
export function extractUnits(provisionText, ctx) {
    const annotations = findUnitAnnotations(provisionText);
    const warnings = [];
    const byName = new Map();
    for (const annotation of annotations) {
        // A rule stated inside this very annotation applies to it even if the caller missed it.
        const rule = ctx.rule.kind === 'none' ? (ruleInAnnotation(annotation.raw) ?? ctx.rule) : ctx.rule;
        const before = byName.size;
        // 牵头单位:X;责任单位:Y — beside a lead label, the plain list names the other units.
        const hasLeadLabel = annotation.segments.some((s) => s.labelRole === 'lead');
        for (const printed of annotation.segments) {
            const segment = hasLeadLabel && printed.labelRole === 'by-rule' ? { ...printed, labelRole: 'support' } : printed;
            for (const unit of readUnitList(segment, rule)) {
                const existing = byName.get(unit.name);
                // A unit listed twice (牵头 and again among the supporters) keeps its stronger role.
                if (existing && ROLE_STRENGTH[existing.role] >= ROLE_STRENGTH[unit.role])
                    continue;
                byName.set(unit.name, {
                    name: unit.name,
                    role: unit.role,
                    collective: unit.collective,
                    regionCode: unitRegionCode(unit.name, ctx.region, ctx.gazetteer),
                });
            }
        }
        if (byName.size === before) {
            warnings.push({
                code: 'UNIT_ANNOTATION_EMPTY',
                message: `No unit names in annotation ${annotation.raw}`,
                line: null,
            });
        }
        if (annotation.uncertain) {
            warnings.push({
                code: 'UNIT_ANNOTATION_UNCERTAIN',
                message: `Unit annotation read with doubt: ${annotation.raw}`,
                line: null,
            });
        }
    }
    const body = removeSpans(provisionText, annotations)
        .replace(/[ \t\u3000]+$/gm, '')
        .trimEnd();
    return { body, units: [...byName.values()], warnings };
}
//# sourceMappingURL=index.js.map