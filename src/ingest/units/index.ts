// Responsible units (issue 2, item 4): find the annotation naming a provision's units, read
// names and roles under the rule the document states, flag collective units and scope each
// unit to a region. Pure: callers pass the rule (detectUnitRule over the whole text) and region.
import type { RegionRef, ParseWarning, ResponsibleUnit } from '../schema.js';
import { findUnitAnnotations, removeSpans, unbracketLabels } from './annotation.js';
import { readUnitList } from './roles.js';
import { ruleInAnnotation, type UnitRule } from './rule.js';
import { unitRegionCode, type UnitGazetteer } from './scope.js';

export { detectUnitRule, NO_UNIT_RULE, UNIT_RULE_KINDS } from './rule.js';
export type { UnitRule, UnitRuleKind } from './rule.js';
export { normalizeUnitName, isCollectiveName } from './names.js';
export type { UnitGazetteer } from './scope.js';

export interface UnitContext {
  rule: UnitRule;
  region: RegionRef | null;
  gazetteer?: UnitGazetteer;
}

export interface UnitExtraction {
  /** The provision text with the unit annotation removed. */
  body: string;
  units: ResponsibleUnit[];
  warnings: ParseWarning[];
}

const ROLE_STRENGTH = { lead: 2, 'co-lead': 1, support: 0 } as const;

export function extractUnits(printedText: string, ctx: UnitContext): UnitExtraction {
  const provisionText = unbracketLabels(printedText);
  const annotations = findUnitAnnotations(provisionText);
  const warnings: ParseWarning[] = [];
  const byName = new Map<string, ResponsibleUnit>();

  for (const annotation of annotations) {
    // A rule stated inside this very annotation applies to it even if the caller missed it.
    const rule = ctx.rule.kind === 'none' ? (ruleInAnnotation(annotation.raw) ?? ctx.rule) : ctx.rule;
    const before = byName.size;
    // 牵头单位:X;责任单位:Y — beside a lead label, the plain list names the other units.
    const hasLeadLabel = annotation.segments.some((s) => s.labelRole === 'lead');
    for (const printed of annotation.segments) {
      const segment =
        hasLeadLabel && printed.labelRole === 'by-rule'
          ? { ...printed, labelRole: 'support' as const }
          : printed;
      for (const unit of readUnitList(segment, rule)) {
        const existing = byName.get(unit.name);
        // A unit listed twice (牵头 and again among the supporters) keeps its stronger role.
        if (existing && ROLE_STRENGTH[existing.role] >= ROLE_STRENGTH[unit.role]) continue;
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
